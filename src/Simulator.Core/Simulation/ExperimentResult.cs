using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// An experiment's KPIs with confidence intervals: overall, per interval, per day, per contact type, per agent group,
/// costs by component and training pay-back. Built by an <see cref="ExperimentAccumulator"/> as replications finish,
/// so it holds estimates, not replications (unless a consumer that reads their tallies asked to keep them).
/// </summary>
public sealed class ExperimentResult
{
    /// <summary>Folds <paramref name="replications"/> (in replication order) and keeps them.</summary>
    public ExperimentResult(Scenario scenario, IReadOnlyList<ReplicationResult> replications)
        : this(Fold(scenario, replications))
    {
    }

    private ExperimentResult(ExperimentResult folded)
        : this(folded.Scenario, folded._replications, folded.Overall, folded.Intervals, folded.TimeOfDay, folded.Days, folded.ContactTypes,
            folded.GroupOccupancy, folded.CostBreakdown, folded.Training, folded._pooled, folded._pooledAllTypes, folded.Events)
    {
    }

    internal ExperimentResult(
        Scenario scenario,
        IReadOnlyList<ReplicationResult>? replications,
        PerKpi<KpiEstimate> overall,
        PerKpi<KpiEstimate>[] intervals,
        PerKpi<KpiEstimate>[] timeOfDay,
        PerKpi<KpiEstimate>[] days,
        PerKpi<KpiEstimate>[] contactTypes,
        KpiEstimate[] groupOccupancy,
        PerCostComponent<KpiEstimate> costBreakdown,
        IReadOnlyList<TrainingPayback> training,
        ContactTally[] pooled,
        ContactTally[] pooledAllTypes,
        long events)
    {
        Scenario = scenario;
        _replications = replications;
        Overall = overall;
        Intervals = intervals;
        TimeOfDay = timeOfDay;
        Days = days;
        ContactTypes = contactTypes;
        GroupOccupancy = groupOccupancy;
        CostBreakdown = costBreakdown;
        Training = training;
        Events = events;
        _pooled = pooled;
        _pooledAllTypes = pooledAllTypes;
    }

    private readonly ContactTally[] _pooled;
    private readonly ContactTally[] _pooledAllTypes;

    /// <summary>The scenario as run; its <see cref="Scenario.Replications"/> is the number of replications the estimates rest on.</summary>
    public Scenario Scenario { get; }

    /// <summary>
    /// The replications themselves, where they were kept (<see cref="ExperimentRunner.Run"/> keeps them, for readers of their
    /// tallies); an experiment aggregated as it went (the coordinator's) keeps none, so its memory stays flat, and refuses.
    /// </summary>
    public IReadOnlyList<ReplicationResult> Replications => _replications ?? throw new InvalidOperationException(
        "This experiment was aggregated as its replications finished and did not keep them; read its estimates or pooled tallies.");

    /// <summary>Whether <see cref="Replications"/> were kept.</summary>
    public bool KeptReplications => _replications is not null;

    private readonly IReadOnlyList<ReplicationResult>? _replications;

    public PerKpi<KpiEstimate> Overall { get; }

    /// <summary>Each interval across the whole horizon.</summary>
    public PerKpi<KpiEstimate>[] Intervals { get; }

    /// <summary>Each interval of the day, its KPIs pooled over all days of the horizon.</summary>
    public PerKpi<KpiEstimate>[] TimeOfDay { get; }

    /// <summary>Each day of the horizon: how a multi-week horizon develops (learning curves, training).</summary>
    public PerKpi<KpiEstimate>[] Days { get; }

    /// <summary>Each contact type; KPIs of <see cref="KpiScope.Centre"/> scope (occupancy, costs) are left undefined here.</summary>
    public PerKpi<KpiEstimate>[] ContactTypes { get; }

    public KpiEstimate[] GroupOccupancy { get; }

    /// <summary>Total cost over the horizon by component.</summary>
    public PerCostComponent<KpiEstimate> CostBreakdown { get; }

    /// <summary>One entry per training programme of the scenario.</summary>
    public IReadOnlyList<TrainingPayback> Training { get; }

    public long Events { get; }

    /// <summary>How a precision target came out, where the run had one; its replications are those the estimates rest on.</summary>
    public PrecisionOutcome? Precision { get; init; }

    /// <summary>One contact type's contacts in one interval of the horizon, summed over the replications (for pooled ratios).</summary>
    public ContactTally PooledContactsAt(int interval, int contactType) => _pooled[interval * Scenario.ContactTypes.Count + contactType];

    /// <summary>All contact types' contacts in one interval of the horizon, summed over the replications (each type's tally in turn).</summary>
    public ContactTally PooledContactsAt(int interval) => _pooledAllTypes[interval];

    private static ExperimentResult Fold(Scenario scenario, IReadOnlyList<ReplicationResult> replications)
    {
        var accumulator = new ExperimentAccumulator(scenario);
        foreach (var r in replications) accumulator.Add(r);
        return accumulator.Result(replications);
    }
}

/// <summary>
/// What a training programme cost and when it paid back: the first day on which the value of agent
/// time it has saved so far (handle seconds saved × the group's cost per hour) reaches its cost
/// (fees plus paid hours in training). Replications whose horizon ends first do not count towards
/// the day; <see cref="PaidBackIn"/> says in how many it did.
/// </summary>
public sealed record TrainingPayback(string Id, double Cost, KpiEstimate Savings, KpiEstimate BreakEvenDay, int PaidBackIn, int Replications);
