using Simulator.Core.Analytics;

namespace Simulator.Core.Simulation;

/// <summary>
/// What one scope's KPIs are computed from: an interval, a day, the horizon or a contact type. It refers to
/// the tallies rather than copying them, so each formula reads them where they lie.
/// </summary>
public readonly ref struct KpiInputs
{
    public KpiInputs(
        ref readonly ContactTally contacts, ref readonly ChannelTallies channels, ref readonly TimeTally time, double totalCost,
            ServiceLevelDefinition definition)
    {
        Contacts = ref contacts;
        Channels = ref channels;
        Time = ref time;
        TotalCost = totalCost;
        Definition = definition;
    }

    public readonly ref readonly ContactTally Contacts;

    /// <summary>The same contacts by channel, for the per-channel headline figures.</summary>
    public readonly ref readonly ChannelTallies Channels;

    public readonly ref readonly TimeTally Time;

    /// <summary>All cost in the scope; NaN where costs are not the scope's own (a single contact type).</summary>
    public readonly double TotalCost;

    /// <summary>Which contacts the service level counts against (shared/DESIGN.md, "Service level").</summary>
    public readonly ServiceLevelDefinition Definition;

    /// <summary>numerator / denominator, NaN where the denominator is empty: a KPI of no contacts is undefined, not zero.</summary>
    public static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
