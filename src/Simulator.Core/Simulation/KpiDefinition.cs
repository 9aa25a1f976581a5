using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// Everything the code knows about one KPI, declared once in <see cref="KpiCatalogue"/>: what it is
/// called in files and on screen, what its number measures, which way is better, where it is defined
/// and how it is computed. Every consumer (estimates, comparisons, tables, charts, JSON and CSV) reads it here.
/// </summary>
public sealed record KpiDefinition
{
    public required Kpi Kpi { get; init; }

    /// <summary>Its key in JSON and its column in CSV: part of the public contract, so written out, never derived from the C# member.</summary>
    public required string Name { get; init; }

    /// <summary>Its row heading in tables and reports: short, as planners say it ("ASA").</summary>
    public required string Label { get; init; }

    /// <summary>How it reads inside a sentence (chart titles): spelled out, lower case ("average speed of answer").</summary>
    public required string Phrase { get; init; }

    public required KpiUnit Unit { get; init; }

    public required Preference Preference { get; init; }

    public required KpiScope Scope { get; init; }

    /// <summary>The channel a per-channel headline figure measures; null for a KPI of all channels together. Undefined where the scenario has no such
    /// channel.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Its value from one scope's tallies; NaN where it is undefined (no contacts answered, say).</summary>
    public required KpiFormula Formula { get; init; }

    /// <summary>The least value it can take, to which confidence intervals are clipped.</summary>
    public double Lowest => Bounds.Lowest;

    /// <summary>The largest value it can take, to which confidence intervals are clipped.</summary>
    public double Highest => Bounds.Highest;

    /// <summary>Shares lie in [0, 1]; times, counts and money are never negative.</summary>
    private (double Lowest, double Highest) Bounds => Unit switch
    {
        KpiUnit.Share => (0, 1),
        KpiUnit.Seconds or KpiUnit.Count or KpiUnit.Money or KpiUnit.MoneyPerContact => (0, double.PositiveInfinity),
    };
}

/// <summary>A KPI's value computed from one scope's tallies.</summary>
public delegate double KpiFormula(in KpiInputs inputs);

/// <summary>What a KPI's number measures: it decides the KPI's bounds, how it is shown and how a difference is written.</summary>
public enum KpiUnit
{
    /// <summary>A share in [0, 1]: shown as a percentage, differences in percentage points.</summary>
    Share,

    /// <summary>A duration in seconds.</summary>
    Seconds,

    /// <summary>Contacts or customers: a count, or a time-average of one (the mean queue length).</summary>
    Count,

    /// <summary>Money over the horizon.</summary>
    Money,

    /// <summary>Money divided by contacts.</summary>
    MoneyPerContact,
}

/// <summary>Which way a KPI improves, for marking the best option.</summary>
public enum Preference
{
    /// <summary>No better or worse in itself (occupancy, volumes).</summary>
    None,
    Higher,
    Lower,
}

/// <summary>Where a KPI is defined.</summary>
public enum KpiScope
{
    /// <summary>
    /// For the centre only: agents and costs are shared across contact types, so it has no value per type; a channel's
    /// headline figure is, for one type, that type's own.
    /// </summary>
    Centre,

    /// <summary>For each contact type as well as for the centre.</summary>
    ContactType,
}
