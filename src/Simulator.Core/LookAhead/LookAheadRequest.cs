using Simulator.Core.Simulation;

namespace Simulator.Core.LookAhead;

/// <summary>
/// A look-ahead from a centre's state: <see cref="Replications"/> forks with fresh streams keyed by (<see cref="Seed"/>, replication), run to
/// <see cref="Horizon"/> from now (null: the day's close), each action in <see cref="Actions"/> evaluated on the same forks against doing nothing.
/// </summary>
public sealed record LookAheadRequest
{
    /// <summary>Far more than a look-ahead needs (100 give intervals a few points wide): a guard against a typing slip, not a limit of the method.</summary>
    public const int MaxReplications = 10_000;

    /// <summary>Actions evaluated at once: each costs a fork per replication.</summary>
    public const int MaxActions = 16;

    public const int DefaultReplications = 100;

    public int Replications { get; init; } = DefaultReplications;

    /// <summary>How far ahead from the state's instant; null: to the close of its day.</summary>
    public TimeSpan? Horizon { get; init; }

    /// <summary>Keys the forks' streams: the same seed gives the same look-ahead on every host.</summary>
    public long Seed { get; init; } = 1;

    public ResidualTimes Residuals { get; init; } = ResidualTimes.Conditional;

    public IReadOnlyList<CentreAction> Actions { get; init; } = [];

    /// <summary>
    /// [contact type]: arrivals from now on at this × the planned rate, instead of the surge factors in force; null keeps those. Where a
    /// re-forecast of the rest of the day plugs in.
    /// </summary>
    public IReadOnlyList<double>? ArrivalFactors { get; init; }
}
