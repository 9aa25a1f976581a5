using Simulator.Core.Analytics;

namespace Simulator.Core.Simulation;

/// <summary>
/// What one scope's KPIs are computed from: an interval, a day, the horizon or a contact type.
/// </summary>
/// <param name="TotalCost">All cost in the scope; NaN where costs are not the scope's own (a single contact type).</param>
/// <param name="Definition">Which contacts the service level counts against (shared/DESIGN.md, "Service level").</param>
public readonly record struct KpiInputs(ContactTally Contacts, TimeTally Time, double TotalCost, ServiceLevelDefinition Definition)
{
    /// <summary>numerator / denominator, NaN where the denominator is empty: a KPI of no contacts is undefined, not zero.</summary>
    public static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
