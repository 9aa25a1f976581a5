using Simulator.Core.Analytics;

namespace Simulator.Core.Simulation;

/// <summary>Turns one scope's tallies into KPI values, each by its catalogue formula; NaN where a KPI is undefined (no contacts answered, say).</summary>
public static class KpiCalculator
{
    /// <param name="costs">The costs by <see cref="CostComponent"/>; empty where costs are not the contacts' own (a single contact type).</param>
    public static PerKpi<double> Compute(in ContactTally contacts, in TimeTally time, ReadOnlySpan<double> costs, ServiceLevelDefinition definition) =>
        Compute(in contacts, in ChannelTallies.None, in time, costs, definition);

    /// <param name="channels">The same contacts by channel: what the per-channel figures read (undefined where a channel has none).</param>
    public static PerKpi<double> Compute(
        in ContactTally contacts, in ChannelTallies channels, in TimeTally time, ReadOnlySpan<double> costs, ServiceLevelDefinition definition)
    {
        var inputs = new KpiInputs(in contacts, in channels, in time, costs.IsEmpty ? double.NaN : Sum(costs), definition);
        var all = KpiCatalogue.Definitions;
        var values = new double[all.Length];
        for (int k = 0; k < values.Length; k++) values[k] = all[k].Formula(in inputs);
        return new PerKpi<double>(values);
    }

    /// <summary>One KPI of one scope's tallies, where computing them all would be waste (the optimizer asks for one per interval and plan).</summary>
    public static double Compute(Kpi kpi, in ContactTally contacts, in TimeTally time, ReadOnlySpan<double> costs, ServiceLevelDefinition definition)
    {
        var inputs = new KpiInputs(in contacts, in ChannelTallies.None, in time, costs.IsEmpty ? double.NaN : Sum(costs), definition);
        return KpiCatalogue.Of(kpi).Formula(in inputs);
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values) sum += value;
        return sum;
    }
}
