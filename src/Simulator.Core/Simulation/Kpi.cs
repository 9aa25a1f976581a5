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
    Offered,
    Answered,
    Abandoned,
    CostPerContact,
    MeanQueueLength,
    MaxQueueLength,

    /// <summary>Contacts still waiting when the centre closed: offered = answered + abandoned + these.</summary>
    UnansweredAtClose,
}

/// <summary>Turns one replication's tallies into KPI values; NaN where a KPI is undefined (no contacts answered, say).</summary>
public static class KpiCalculator
{
    public static readonly Kpi[] All = Enum.GetValues<Kpi>();

    /// <summary>KPIs that belong to the centre, not to one contact type: agents are shared across types.</summary>
    public static readonly Kpi[] CentreOnly = [Kpi.Occupancy, Kpi.CostPerContact];

    /// <summary>The largest value a KPI can take: 1 for shares, unbounded otherwise.</summary>
    public static double Highest(Kpi kpi) => kpi is Kpi.ServiceLevel or Kpi.AbandonmentRate or Kpi.Occupancy ? 1 : double.PositiveInfinity;

    public static double[] Compute(in ContactTally contacts, in TimeTally time, double paidCost, ServiceLevelDefinition definition)
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
        values[(int)Kpi.Offered] = offered;
        values[(int)Kpi.Answered] = contacts.Answered;
        values[(int)Kpi.Abandoned] = contacts.Abandoned;
        values[(int)Kpi.CostPerContact] = Ratio(paidCost, contacts.Answered);
        values[(int)Kpi.MeanQueueLength] = Ratio(time.QueueSeconds, time.Seconds);
        values[(int)Kpi.MaxQueueLength] = time.Seconds > 0 ? time.MaxQueue : double.NaN;
        values[(int)Kpi.UnansweredAtClose] = contacts.UnansweredAtClose;
        return values;
    }

    private static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
