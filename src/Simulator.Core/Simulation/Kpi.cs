using Simulator.Core.Analytics;

namespace Simulator.Core.Simulation;

/// <summary>The KPIs a run reports, in report order (shared/DESIGN.md, "KPI definitions").</summary>
public enum Kpi
{
    ServiceLevel,
    AbandonmentRate,
    AverageSpeedOfAnswerSeconds,
    AverageHandleTimeSeconds,
    Occupancy,

    /// <summary>First contacts handled (by an agent or a bot) and resolved / first contacts handled.</summary>
    FirstContactResolution,

    /// <summary>Share of customers with two or more poor experiences in the horizon.</summary>
    CustomersAtRisk,

    /// <summary>Contacts resolved in a bot / contacts that entered one.</summary>
    ContainmentRate,
    Offered,
    Answered,
    Abandoned,

    /// <summary>Contacts resolved by a bot without reaching an agent.</summary>
    Contained,

    /// <summary>All cost / contacts handled by agents or bots.</summary>
    CostPerContact,

    /// <summary>All cost / contacts that resolved the customer's need.</summary>
    CostPerResolvedContact,
    TotalCost,
    MeanQueueLength,
    MaxQueueLength,

    /// <summary>Contacts still waiting when the centre closed (email: when the horizon ended): offered = answered + abandoned + these.</summary>
    UnansweredAtClose,
}

/// <summary>Turns one replication's tallies into KPI values; NaN where a KPI is undefined (no contacts answered, say).</summary>
public static class KpiCalculator
{
    public static readonly Kpi[] All = Enum.GetValues<Kpi>();

    /// <summary>KPIs that belong to the centre, not to one contact type: agents and costs are shared across types.</summary>
    public static readonly Kpi[] CentreOnly = [Kpi.Occupancy, Kpi.CostPerContact, Kpi.CostPerResolvedContact, Kpi.TotalCost];

    /// <summary>KPIs that are shares in [0, 1]: shown as percentages, differenced in points.</summary>
    public static bool IsShare(Kpi kpi) =>
        kpi is Kpi.ServiceLevel or Kpi.AbandonmentRate or Kpi.Occupancy or Kpi.FirstContactResolution or Kpi.CustomersAtRisk or Kpi.ContainmentRate;

    /// <summary>The largest value a KPI can take: 1 for shares, unbounded otherwise.</summary>
    public static double Highest(Kpi kpi) => IsShare(kpi) ? 1 : double.PositiveInfinity;

    /// <param name="costs">The costs by <see cref="CostComponent"/>; empty where costs are not the contacts' own (a single contact type).</param>
    public static double[] Compute(in ContactTally contacts, in TimeTally time, ReadOnlySpan<double> costs, ServiceLevelDefinition definition)
    {
        var values = new double[All.Length];
        double offered = contacts.Offered;
        values[(int)Kpi.ServiceLevel] = definition switch
        {
            ServiceLevelDefinition.Offered => Ratio(contacts.AnsweredWithinThreshold, offered),
            ServiceLevelDefinition.Answered => Ratio(contacts.AnsweredWithinThreshold, contacts.Answered),
            _ => Ratio(contacts.AnsweredWithinThreshold, offered - contacts.AbandonedWithinShortLimit),
        };
        values[(int)Kpi.AbandonmentRate] = Ratio(contacts.Abandoned, offered);
        values[(int)Kpi.AverageSpeedOfAnswerSeconds] = Ratio(contacts.AnsweredWaitSeconds, contacts.Answered);
        values[(int)Kpi.AverageHandleTimeSeconds] = Ratio(contacts.HandleSeconds, contacts.Answered);
        values[(int)Kpi.Occupancy] = Ratio(time.BusyAgentSeconds, time.AvailableAgentSeconds);
        values[(int)Kpi.FirstContactResolution] = Ratio(contacts.FirstContactsResolved, contacts.FirstContactsHandled);
        values[(int)Kpi.CustomersAtRisk] = Ratio(contacts.CustomersAtRisk, contacts.Customers);
        values[(int)Kpi.ContainmentRate] = Ratio(contacts.Contained, contacts.BotSessions);
        values[(int)Kpi.Offered] = offered;
        values[(int)Kpi.Answered] = contacts.Answered;
        values[(int)Kpi.Abandoned] = contacts.Abandoned;
        values[(int)Kpi.Contained] = contacts.Contained;
        double total = costs.IsEmpty ? double.NaN : Sum(costs);
        values[(int)Kpi.CostPerContact] = Ratio(total, contacts.Answered + contacts.Contained);
        values[(int)Kpi.CostPerResolvedContact] = Ratio(total, contacts.Resolved);
        values[(int)Kpi.TotalCost] = total;
        values[(int)Kpi.MeanQueueLength] = Ratio(time.QueueSeconds, time.Seconds);
        values[(int)Kpi.MaxQueueLength] = time.Seconds > 0 ? time.MaxQueue : double.NaN;
        values[(int)Kpi.UnansweredAtClose] = contacts.UnansweredAtClose;
        return values;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values) sum += value;
        return sum;
    }

    private static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
