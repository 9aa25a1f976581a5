namespace Simulator.Core.Scenarios;

/// <summary>How many contacts arrive in each interval.</summary>
public abstract record ArrivalPattern
{
    /// <summary>Expected contacts in the interval with this index across the horizon.</summary>
    public abstract double VolumeIn(int intervalIndex, Horizon horizon);
}

/// <summary>A Poisson stream at a constant rate all day.</summary>
public sealed record ConstantRate(double PerSecond) : ArrivalPattern
{
    public override double VolumeIn(int intervalIndex, Horizon horizon) => PerSecond * horizon.Interval.TotalSeconds;
}

/// <summary>
/// A forecast count per interval: either one day's profile, repeated every day, or one value for
/// every interval of the horizon.
/// </summary>
public sealed record IntervalVolumes(ValueList<double> Volumes) : ArrivalPattern
{
    public override double VolumeIn(int intervalIndex, Horizon horizon) => Volumes[intervalIndex % Volumes.Count];
}
