using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>All replications of one scenario, and their KPIs with confidence intervals, overall, per interval, per contact type and per agent group.</summary>
public sealed class ExperimentResult
{
    public ExperimentResult(Scenario scenario, IReadOnlyList<ReplicationResult> replications)
    {
        Scenario = scenario;
        Replications = replications;
        var definition = scenario.ServiceLevel.Definition;
        int intervals = scenario.Horizon.TotalIntervals;
        int types = scenario.ContactTypes.Count;

        var overall = new List<double[]>();
        var perInterval = Enumerable.Range(0, intervals).Select(_ => new List<double[]>()).ToArray();
        var perType = Enumerable.Range(0, types).Select(_ => new List<double[]>()).ToArray();
        int perDay = scenario.Horizon.IntervalsPerDay;
        var perTimeOfDay = Enumerable.Range(0, perDay).Select(_ => new List<double[]>()).ToArray();
        var perGroup = Enumerable.Range(0, scenario.AgentGroups.Count).Select(_ => new List<double>()).ToArray();
        foreach (var r in replications)
        {
            var allContacts = new ContactTally();
            var allTime = new TimeTally();
            var typeContacts = new ContactTally[types];
            var typeTime = new TimeTally[types];
            var dayContacts = new ContactTally[perDay];
            var dayTime = new TimeTally[perDay];
            var dayCost = new double[perDay];
            for (int i = 0; i < intervals; i++)
            {
                var intervalContacts = new ContactTally();
                for (int t = 0; t < types; t++)
                {
                    intervalContacts.Add(r.ContactsAt(i, t));
                    typeContacts[t].Add(r.ContactsAt(i, t));
                    typeTime[t].Add(r.TimeAt(i, t));
                }
                perInterval[i].Add(KpiCalculator.Compute(intervalContacts, r.CentreTimeAt(i), r.PaidCost[i], definition));
                dayContacts[i % perDay].Add(intervalContacts);
                dayTime[i % perDay].Add(r.CentreTimeAt(i));
                dayCost[i % perDay] += r.PaidCost[i];
                allContacts.Add(intervalContacts);
                allTime.Add(r.CentreTimeAt(i));
            }
            overall.Add(KpiCalculator.Compute(allContacts, allTime, r.PaidCost.Sum(), definition));
            for (int k = 0; k < perDay; k++)
            {
                perTimeOfDay[k].Add(KpiCalculator.Compute(dayContacts[k], dayTime[k], dayCost[k], definition));
            }
            for (int t = 0; t < types; t++)
            {
                perType[t].Add(KpiCalculator.Compute(typeContacts[t], typeTime[t], double.NaN, definition));
            }
            for (int g = 0; g < perGroup.Length; g++)
            {
                perGroup[g].Add(r.GroupAvailableAgentSeconds[g] > 0 ? r.GroupBusyAgentSeconds[g] / r.GroupAvailableAgentSeconds[g] : double.NaN);
            }
        }
        OverallByReplication = overall;
        Overall = Estimate(overall);
        Intervals = perInterval.Select(Estimate).ToArray();
        TimeOfDay = perTimeOfDay.Select(Estimate).ToArray();
        ContactTypes = perType.Select(Estimate).ToArray();
        GroupOccupancy = perGroup.Select(values => KpiEstimate.From(values, 0, 1)).ToArray();
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<ReplicationResult> Replications { get; }

    /// <summary>Indexed by <see cref="Kpi"/>.</summary>
    public KpiEstimate[] Overall { get; }

    /// <summary>Each replication's overall KPI values ([replication][kpi], NaN where undefined): what paired comparisons difference.</summary>
    public IReadOnlyList<double[]> OverallByReplication { get; }

    /// <summary>[interval][kpi], intervals across the whole horizon.</summary>
    public KpiEstimate[][] Intervals { get; }

    /// <summary>[interval of the day][kpi]: each interval's KPIs pooled over all days of the horizon.</summary>
    public KpiEstimate[][] TimeOfDay { get; }

    /// <summary>[contact type][kpi]; occupancy and cost per contact are centre-wide and left undefined here.</summary>
    public KpiEstimate[][] ContactTypes { get; }

    public KpiEstimate[] GroupOccupancy { get; }

    public long Events => Replications.Sum(r => r.Events);

    private static KpiEstimate[] Estimate(List<double[]> values) =>
        KpiCalculator.All.Select(k => KpiEstimate.From(values.Select(v => v[(int)k]), 0, KpiCalculator.Highest(k))).ToArray();
}
