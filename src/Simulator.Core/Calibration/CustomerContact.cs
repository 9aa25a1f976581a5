namespace Simulator.Core.Calibration;

/// <summary>One contact of a log, as return analysis sees it.</summary>
/// <param name="CustomerId">Who called; null or empty where the log does not know.</param>
/// <param name="ArrivalSeconds">Arrival, in seconds from any fixed origin (the same for every contact).</param>
public readonly record struct CustomerContact(string? CustomerId, double ArrivalSeconds, bool Abandoned);
