namespace Simulator.Core.Scenarios;

/// <summary>How many contacts arrive in each interval.</summary>
public abstract record ArrivalPattern
{
    /// <summary>Expected contacts in the interval with this index across the horizon: none while the centre is closed.</summary>
    public double VolumeIn(int intervalIndex, Horizon horizon) => horizon.IsOpen(intervalIndex) ? ProfileVolume(intervalIndex, horizon) : 0;

    /// <summary>Expected contacts in the interval were the centre open.</summary>
    protected abstract double ProfileVolume(int intervalIndex, Horizon horizon);
}

/// <summary>A Poisson stream at a constant rate all day.</summary>
public sealed record ConstantRate(double PerSecond) : ArrivalPattern
{
    protected override double ProfileVolume(int intervalIndex, Horizon horizon) => PerSecond * horizon.Interval.TotalSeconds;
}

/// <summary>
/// A forecast count per interval: either one day's profile, repeated every day, or one value for
/// every interval of the horizon.
/// </summary>
public sealed record IntervalVolumes(ValueList<double> Volumes) : ArrivalPattern
{
    protected override double ProfileVolume(int intervalIndex, Horizon horizon) => Volumes[intervalIndex % Volumes.Count];
}

/// <summary>
/// One day's profile per weekday, and a <see cref="Default"/> profile (possibly empty) for the weekdays
/// without one of their own; needs a horizon with a start date.
/// </summary>
public sealed record WeekdayVolumes(ValueList<WeekdayProfile> Weekdays, ValueList<double> Default) : ArrivalPattern
{
    /// <summary>The profile a weekday follows; null when it has none and there is no default.</summary>
    public ValueList<double>? ProfileOf(DayOfWeek weekday)
    {
        foreach (var profile in Weekdays)
        {
            if (profile.Weekday == weekday) return profile.Volumes;
        }
        return Default.Count > 0 ? Default : null;
    }

    protected override double ProfileVolume(int intervalIndex, Horizon horizon)
    {
        int perDay = horizon.IntervalsPerDay;
        var weekday = horizon.WeekdayOf(intervalIndex / perDay + 1)
            ?? throw new InvalidOperationException("Volumes by weekday need a horizon with a start date.");
        return ProfileOf(weekday) is { } volumes ? volumes[intervalIndex % perDay] : 0;
    }
}

/// <summary>One weekday's count per interval of the day.</summary>
public sealed record WeekdayProfile(DayOfWeek Weekday, ValueList<double> Volumes);
