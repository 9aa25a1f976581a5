using Simulator.Core.Simulation;

namespace Simulator.Core.LookAhead;

/// <summary>One planning interval of a look-ahead: its start (time of day) and its KPIs, by catalogue name.</summary>
public sealed record IntervalForecast(int Interval, TimeSpan Start, IReadOnlyDictionary<string, KpiForecast> Kpis);

/// <summary>
/// An action against doing nothing: per KPI (catalogue name) the paired difference action − none, replication by replication on the same
/// streams, over the whole day and over the look-ahead's window.
/// </summary>
public sealed record ActionEffect(string Action, IReadOnlyDictionary<string, KpiForecast> WholeDay, IReadOnlyDictionary<string, KpiForecast> Window);

/// <summary>
/// What a look-ahead predicts: each interval from now to the horizon, the window as a whole, the whole day (the part already done included),
/// and each action's effect.
/// </summary>
/// <param name="Day">The day looked ahead in (from 1).</param>
/// <param name="At">The time of day it forked the centre.</param>
/// <param name="Until">The time of day its window ends.</param>
public sealed record LookAheadResult(
    int Day,
    TimeSpan At,
    TimeSpan Until,
    int Replications,
    long Seed,
    ResidualTimes Residuals,
    IReadOnlyList<IntervalForecast> Intervals,
    IReadOnlyDictionary<string, KpiForecast> Window,
    IReadOnlyDictionary<string, KpiForecast> WholeDay,
    IReadOnlyList<ActionEffect> Actions)
{
    /// <summary>The KPIs a look-ahead reports, from the catalogue: service level, abandonment, ASA, queue length, and the contacts offered.</summary>
    public static IReadOnlyList<Kpi> Kpis { get; } =
        [Kpi.ServiceLevel, Kpi.AbandonmentRate, Kpi.AverageSpeedOfAnswerSeconds, Kpi.MeanQueueLength, Kpi.Offered];
}
