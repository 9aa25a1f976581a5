using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// An experiment's estimates folded replication by replication as results arrive: overall, per interval,
/// per interval of the day, per day, per contact type, per agent group, costs and training pay-back, each a
/// <see cref="KpiAccumulator"/>. Its size follows the scenario (intervals × KPIs), never the replications, so a
/// million replications take the memory of ten. Results must be added in replication order (the runners
/// reorder what arrives out of order in a bounded window): the same seed then gives the same numbers, bit
/// for bit, however the replications were spread over cores and silos.
/// </summary>
public sealed class ExperimentAccumulator
{
    private readonly Scenario _scenario;
    private readonly KpiAccumulators _overall = new();
    private readonly KpiAccumulators[] _intervals;
    private readonly KpiAccumulators[] _timeOfDay;
    private readonly KpiAccumulators[] _days;
    private readonly KpiAccumulators[] _types;
    private readonly KpiAccumulator[] _groupOccupancy;
    private readonly KpiAccumulator[] _costs = new KpiAccumulator[CostCatalogue.All.Count];
    private readonly TrainingAccumulator[] _training;
    private readonly Channel[] _channels;
    private readonly ContactTally[] _pooled;
    private readonly ContactTally[] _pooledAllTypes;
    private int? _last;

    public ExperimentAccumulator(Scenario scenario)
    {
        _scenario = scenario;
        _intervals = Many(scenario.Horizon.TotalIntervals);
        _timeOfDay = Many(scenario.Horizon.IntervalsPerDay);
        _days = Many(scenario.Horizon.Days);
        _types = Many(scenario.ContactTypes.Count);
        _groupOccupancy = new KpiAccumulator[scenario.AgentGroups.Count];
        _training = [.. scenario.Training.Select(p => new TrainingAccumulator(StaffingSchedule.CostOf(scenario, p)))];
        _channels = [.. scenario.ContactTypes.Select(t => t.Channel)];
        _pooled = new ContactTally[scenario.Horizon.TotalIntervals * scenario.ContactTypes.Count];
        _pooledAllTypes = new ContactTally[scenario.Horizon.TotalIntervals];

        static KpiAccumulators[] Many(int count) => [.. Enumerable.Range(0, count).Select(_ => new KpiAccumulators())];
    }

    public Scenario Scenario => _scenario;

    /// <summary>Replications folded so far.</summary>
    public int Count { get; private set; }

    /// <summary>Arrivals, answers, abandonments and completions of every replication folded so far.</summary>
    public long Events { get; private set; }

    /// <summary>The overall KPIs folded so far: what a precision target is checked against.</summary>
    public KpiAccumulators Overall => _overall;

    /// <summary>Folds one replication; returns its overall KPIs and total costs, which paired comparisons difference.</summary>
    public ReplicationSummary Add(ReplicationResult r)
    {
        if (_last is int last && r.Replication <= last)
        {
            throw new ArgumentException($"Replication {r.Replication} arrived after replication {last}: fold replications in order.", nameof(r));
        }
        _last = r.Replication;
        var definition = _scenario.ServiceLevel.Definition;
        int intervals = _scenario.Horizon.TotalIntervals;
        int types = _scenario.ContactTypes.Count;
        int perDay = _scenario.Horizon.IntervalsPerDay;
        int days = _scenario.Horizon.Days;
        int components = StaffingSchedule.CostComponents;

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
                intervalChannels.Add(_channels[t], r.ContactsAt(i, t));
                typeContacts[t].Add(r.ContactsAt(i, t));
                typeTime[t].Add(r.TimeAt(i, t));
                _pooled[i * types + t].Add(r.ContactsAt(i, t));
                _pooledAllTypes[i].Add(r.ContactsAt(i, t));
            }
            var costs = r.CostsIn(i);
            _intervals[i].Add(KpiCalculator.Compute(intervalContacts, intervalChannels, r.CentreTimeAt(i), costs, definition));
            timeOfDay[i % perDay].Add(intervalContacts, intervalChannels, r.CentreTimeAt(i), costs);
            day[i / perDay].Add(intervalContacts, intervalChannels, r.CentreTimeAt(i), costs);
            allContacts.Add(intervalContacts);
            allChannels.Add(intervalChannels);
            allTime.Add(r.CentreTimeAt(i));
            for (int c = 0; c < components; c++) allCosts[c] += costs[c];
        }
        var overall = KpiCalculator.Compute(allContacts, allChannels, allTime, allCosts, definition);
        _overall.Add(overall);
        for (int c = 0; c < components; c++) _costs[c].Add(allCosts[c]);
        for (int k = 0; k < perDay; k++) _timeOfDay[k].Add(timeOfDay[k].Kpis(definition));
        for (int d = 0; d < days; d++) _days[d].Add(day[d].Kpis(definition));
        for (int t = 0; t < types; t++) _types[t].Add(KpiCalculator.Compute(typeContacts[t], typeTime[t], [], definition));
        for (int g = 0; g < _groupOccupancy.Length; g++)
        {
            _groupOccupancy[g].Add(r.GroupAvailableAgentSeconds[g] > 0 ? r.GroupBusyAgentSeconds[g] / r.GroupAvailableAgentSeconds[g] : double.NaN);
        }
        for (int p = 0; p < _training.Length; p++) _training[p].Add(r, p, _training.Length, days);
        Count++;
        Events += r.Events;
        return new ReplicationSummary(r.Replication, overall, new PerCostComponent<double>(allCosts));
    }

    /// <summary>The estimates of everything folded so far.</summary>
    /// <param name="replications">The replications themselves, where a consumer reads their tallies; null when they were not kept.</param>
    /// <param name="precision">How a precision target came out, where the run had one.</param>
    public ExperimentResult Result(IReadOnlyList<ReplicationResult>? replications = null, PrecisionOutcome? precision = null) => new(
        _scenario with { Replications = Count },
        replications,
        _overall.Estimates(),
        [.. _intervals.Select(a => a.Estimates())],
        [.. _timeOfDay.Select(a => a.Estimates())],
        [.. _days.Select(a => a.Estimates())],
        [.. _types.Select(a => a.Estimates())],
        [.. _groupOccupancy.Select(a => a.Estimate(0, 1))],
        PerCostComponent.Of(c => _costs[(int)c.Component].Estimate()),
        [.. _training.Select((t, p) => t.Payback(_scenario.Training[p].Id, _scenario.Horizon.Days, Count))],
        [.. _pooled],
        [.. _pooledAllTypes],
        Events)
    {
        Precision = precision,
    };

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

    /// <summary>
    /// A training programme's savings and break-even day over replications: the first day on which the value of
    /// agent time saved so far reaches the programme's cost; replications whose horizon ends first count towards
    /// the savings but not the day.
    /// </summary>
    private sealed class TrainingAccumulator(double cost)
    {
        private KpiAccumulator _savings;
        private KpiAccumulator _breakEven;

        public void Add(ReplicationResult r, int programme, int programmes, int days)
        {
            double cumulative = 0;
            double? day = null;
            for (int d = 0; d < days; d++)
            {
                cumulative += r.TrainingSavings[d * programmes + programme];
                if (day is null && cumulative >= cost && cumulative > 0) day = d + 1;
            }
            _savings.Add(cumulative);
            if (day is double reached) _breakEven.Add(reached);
        }

        public TrainingPayback Payback(string id, int days, int replications) =>
            new(id, cost, _savings.Estimate(), _breakEven.Estimate(1, days), _breakEven.Count, replications);
    }
}

/// <summary>One replication's overall KPIs and total cost by component: what paired comparisons difference.</summary>
public sealed record ReplicationSummary(int Replication, PerKpi<double> Overall, PerCostComponent<double> Costs);
