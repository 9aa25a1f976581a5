namespace Simulator.Core.Simulation;

/// <summary>One agent group at an instant: agents taking contacts, of them busy and idle, and agents added (or, negative, removed) by hand.</summary>
public sealed record GroupStatus(string Group, int LoggedOn, int Busy, int Idle, int AddedByHand);
