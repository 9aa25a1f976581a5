using Simulator.Core.History;

namespace Simulator.Core.Simulation;

/// <summary>
/// One contact of a simulated day, as a contact log holds it (docs/calibration.md): when it reached the queue (or
/// the bot, for one the bot contained), what became of it, how long it waited and was handled, by whom, for whom.
/// </summary>
/// <param name="ArrivalSeconds">Seconds from the first opening on the simulation clock.</param>
/// <param name="HandleSeconds">Talk and wrap-up of an answered contact; NaN for the others.</param>
/// <param name="Agent">The agent who answered (an index within the replication), −1 for the others.</param>
/// <param name="Group">The answering agent's group, −1 for the others.</param>
/// <param name="Attempt">0 for a customer's first contact, then 1, 2, … for redials and repeats.</param>
public readonly record struct ContactRecord(
    double ArrivalSeconds,
    int ContactType,
    ContactOutcome Outcome,
    double WaitSeconds,
    double HandleSeconds,
    int Agent,
    int Group,
    long Customer,
    int Attempt);
