using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>All replications of one scenario, and their KPIs with confidence intervals: overall, per interval, per day, per contact type, per agent group,
/// costs by component and training pay-back.</summary>
public sealed class ExperimentResult
{
    public ExperimentResult(Scenario scenario, IReadOnlyList<ReplicationResult> replications)
    {
        Scenario = scenario;
        Replications = replications;
        var definition = scenario.ServiceLevel.Definition;
        int intervals = scenario.Horizon.TotalIntervals;
        int types = scenario.ContactTypes.Count;
        int perDay = scenario.Horizon.IntervalsPerDay;
        int days = scenario.Horizon.Days;
        int components = StaffingSchedule.CostComponents;
        var channels = scenario.ContactTypes.Select(t => t.Channel).ToArray();

        var overall = new List<PerKpi<double>>();
        var perInterval = Lists(intervals);
        var perType = Lists(types);
        var perTimeOfDay = Lists(perDay);
        var perDayOfHorizon = Lists(days);
        var costsByReplication = new List<PerCostComponent<double>>();
        var perGroup = Enumerable.Range(0, scenario.AgentGroups.Count).Select(_ => new List<double>()).ToArray();
        foreach (var r in replications)
        {
            var allContacts = new ContactTally();
            var allChannels = new ChannelTallies();
            var allTime = new TimeTally();
            var allCosts = new double[components];
            var typeContacts = new ContactTally[types];
            var typeTime = new TimeTally[types];
            var timeOfDay = new Pool[perDay];
            var day = new Pool[days];
            for (int i = 0; i < intervals; i++)
            {
                var intervalContacts = new ContactTally();
                var intervalChannels = new ChannelTallies();
                for (int t = 0; t < types; t++)
                {
                    intervalContacts.Add(r.ContactsAt(i, t));
                    intervalChannels.Add(channels[t], r.ContactsAt(i, t));
                    typeContacts[t].Add(r.ContactsAt(i, t));
                    typeTime[t].Add(r.TimeAt(i, t));
                }
                var costs = r.CostsIn(i);
                perInterval[i].Add(KpiCalculator.Compute(intervalContacts, intervalChannels, r.CentreTimeAt(i), costs, definition));
                timeOfDay[i % perDay].Add(intervalContacts, intervalChannels, r.CentreTimeAt(i), costs);
                day[i / perDay].Add(intervalContacts, intervalChannels, r.CentreTimeAt(i), costs);
                allContacts.Add(intervalContacts);
                allChannels.Add(intervalChannels);
                allTime.Add(r.CentreTimeAt(i));
                for (int c = 0; c < components; c++) allCosts[c] += costs[c];
            }
            overall.Add(KpiCalculator.Compute(allContacts, allChannels, allTime, allCosts, definition));
            costsByReplication.Add(new PerCostComponent<double>(allCosts));
            for (int k = 0; k < perDay; k++) perTimeOfDay[k].Add(timeOfDay[k].Kpis(definition));
            for (int d = 0; d < days; d++) perDayOfHorizon[d].Add(day[d].Kpis(definition));
            for (int t = 0; t < types; t++)
            {
                perType[t].Add(KpiCalculator.Compute(typeContacts[t], typeTime[t], [], definition));
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
        Days = perDayOfHorizon.Select(Estimate).ToArray();
        ContactTypes = perType.Select(Estimate).ToArray();
        GroupOccupancy = perGroup.Select(values => KpiEstimate.From(values, 0, 1)).ToArray();
        CostsByReplication = costsByReplication;
        CostBreakdown = PerCostComponent.Of(c => KpiEstimate.From(costsByReplication.Select(v => v[c.Component])));
        Training = TrainingPayback.Of(scenario, replications);

        static List<PerKpi<double>>[] Lists(int count) => Enumerable.Range(0, count).Select(_ => new List<PerKpi<double>>()).ToArray();
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<ReplicationResult> Replications { get; }

    public PerKpi<KpiEstimate> Overall { get; }

    /// <summary>Each replication's overall KPI values (NaN where undefined): what paired comparisons difference.</summary>
    public IReadOnlyList<PerKpi<double>> OverallByReplication { get; }

    /// <summary>Each interval across the whole horizon.</summary>
    public PerKpi<KpiEstimate>[] Intervals { get; }

    /// <summary>Each interval of the day, its KPIs pooled over all days of the horizon.</summary>
    public PerKpi<KpiEstimate>[] TimeOfDay { get; }

    /// <summary>Each day of the horizon: how a multi-week horizon develops (learning curves, training).</summary>
    public PerKpi<KpiEstimate>[] Days { get; }

    /// <summary>Each contact type; KPIs of <see cref="KpiScope.Centre"/> scope (occupancy, costs) are left undefined here.</summary>
    public PerKpi<KpiEstimate>[] ContactTypes { get; }

    public KpiEstimate[] GroupOccupancy { get; }

    /// <summary>Each replication's total cost by component: what paired comparisons difference.</summary>
    public IReadOnlyList<PerCostComponent<double>> CostsByReplication { get; }

    /// <summary>Total cost over the horizon by component.</summary>
    public PerCostComponent<KpiEstimate> CostBreakdown { get; }

    /// <summary>One entry per training programme of the scenario.</summary>
    public IReadOnlyList<TrainingPayback> Training { get; }

    public long Events => Replications.Sum(r => r.Events);

    private static PerKpi<KpiEstimate> Estimate(List<PerKpi<double>> values) =>
        PerKpi.Of(k => KpiEstimate.From(values.Select(v => v[k.Kpi]), k.Lowest, k.Highest));

    /// <summary>Tallies and costs added up over several intervals.</summary>
    private struct Pool
    {
        private ContactTally _contacts;
        private ChannelTallies _channels;
        private TimeTally _time;
        private double[]? _costs;

        public void Add(in ContactTally contacts, in ChannelTallies channels, in TimeTally time, ReadOnlySpan<double> costs)
        {
            _contacts.Add(contacts);
            _channels.Add(channels);
            _time.Add(time);
            _costs ??= new double[costs.Length];
            for (int c = 0; c < costs.Length; c++) _costs[c] += costs[c];
        }

        public readonly PerKpi<double> Kpis(Analytics.ServiceLevelDefinition definition) =>
            KpiCalculator.Compute(_contacts, _channels, _time, _costs ?? [], definition);
    }
}

/// <summary>
/// What a training programme cost and when it paid back: the first day on which the value of agent
/// time it has saved so far (handle seconds saved × the group's cost per hour) reaches its cost
/// (fees plus paid hours in training). Replications whose horizon ends first do not count towards
/// the day; <see cref="PaidBackIn"/> says in how many it did.
/// </summary>
public sealed record TrainingPayback(string Id, double Cost, KpiEstimate Savings, KpiEstimate BreakEvenDay, int PaidBackIn, int Replications)
{
    internal static IReadOnlyList<TrainingPayback> Of(Scenario scenario, IReadOnlyList<ReplicationResult> replications)
    {
        if (scenario.Training.Count == 0) return [];
        int programmes = scenario.Training.Count;
        return scenario.Training.Select((programme, p) =>
        {
            double cost = StaffingSchedule.CostOf(scenario, programme);
            var savings = new List<double>();
            var breakEven = new List<double>();
            foreach (var r in replications)
            {
                double cumulative = 0;
                double? day = null;
                for (int d = 0; d < scenario.Horizon.Days; d++)
                {
                    cumulative += r.TrainingSavings[d * programmes + p];
                    if (day is null && cumulative >= cost && cumulative > 0) day = d + 1;
                }
                savings.Add(cumulative);
                if (day is double reached) breakEven.Add(reached);
            }
            return new TrainingPayback(programme.Id, cost, KpiEstimate.From(savings), KpiEstimate.From(breakEven, 1, scenario.Horizon.Days),
                breakEven.Count, replications.Count);
        }).ToArray();
    }
}
