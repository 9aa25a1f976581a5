namespace Simulator.Core.Calibration;

/// <summary>Abandons within <see cref="LimitSeconds"/>: how many, and their share of abandons and of queued contacts (Wilson intervals).</summary>
public sealed record ShortAbandons(double LimitSeconds, int Count, Estimate ShareOfAbandoned, Estimate ShareOfQueued);
