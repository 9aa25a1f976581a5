using Simulator.Core.Analytics;

namespace Simulator.Core.Scenarios;

/// <summary>A validated, immutable contact-centre scenario (shared/DESIGN.md, "Scenario file"; docs/scenario-reference.md).</summary>
/// <param name="SourcePath">The file it was read from, for messages; null when built in code.</param>
public sealed record Scenario(
    string Name,
    long Seed,
    int Replications,
    Horizon Horizon,
    ServiceLevelPolicy ServiceLevel,
    double? MaxOccupancy,
    ValueList<ContactType> ContactTypes,
    ValueList<AgentGroup> AgentGroups,
    string? SourcePath = null)
{
    public const long DefaultSeed = 1;
    public const int DefaultReplications = 10;

    /// <summary>More replications than any confidence interval needs; the bound keeps a typo such as 1e9 from running for days.</summary>
    public const int MaxReplications = 1_000_000;

    /// <summary>
    /// Contacts one replication may bring (the expected number, over the whole horizon): a year of a 50,000-a-day centre
    /// fits; a typo such as a billion contacts per interval is refused before the kernel fills memory with customers.
    /// </summary>
    public const double MaxContactsPerReplication = 20_000_000;

    /// <summary>How waits are judged from the customer's side (poor experiences). Default: <see cref="CustomerPolicy.Default"/>.</summary>
    public CustomerPolicy Customers { get; init; } = CustomerPolicy.Default;

    /// <summary>Which agent takes a contact and which contact a freed agent takes. Default: longest idle, oldest first.</summary>
    public RoutingPolicy Routing { get; init; } = RoutingPolicy.Default;

    /// <summary>The ISO 4217 code (EUR) money is shown in; null (the default): amounts without a currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Costs beyond agent pay. Default: none.</summary>
    public CostPolicy Costs { get; init; } = CostPolicy.None;

    /// <summary>Training programmes in the horizon. Default: none.</summary>
    public ValueList<TrainingProgramme> Training { get; init; } = [];

    /// <summary>The staffing goal every interval must meet.</summary>
    public ServiceLevelGoal Goal => ServiceLevel.ToGoal(MaxOccupancy);

    /// <summary>The service-level threshold of one contact type: its own, or the scenario's.</summary>
    public TimeSpan AnswerWithin(ContactType type) => type.AnswerWithin ?? ServiceLevel.AnswerWithin;

    /// <summary>The service-level target of one contact type: its own, or the scenario's.</summary>
    public double ServiceLevelTarget(ContactType type) => type.ServiceLevelTarget ?? ServiceLevel.Target;

    /// <summary>The staffing goal of one contact type: the scenario's, with the type's own threshold and target.</summary>
    public ServiceLevelGoal GoalFor(ContactType type) => Goal with { AnswerWithin = AnswerWithin(type), Target = ServiceLevelTarget(type) };

    /// <summary>
    /// This scenario over <paramref name="days"/> days, each with the same opening hours. Refused where the
    /// scenario lists volumes or staffing for each of its own days, or holds training past the new last day.
    /// </summary>
    /// <exception cref="InputException">The scenario cannot run for that many days.</exception>
    public Scenario WithDays(int days)
    {
        string source = SourcePath ?? $"scenario \"{Name}\"";
        if (days is < 1 or > Horizon.MaxDays)
        {
            throw new InputException($"expected a whole number of days from 1 to {Horizon.MaxDays:N0}, but found {days}.");
        }
        bool perHorizon =
            ContactTypes.Any(t => t.Arrivals is IntervalVolumes v && v.Volumes.Count != Horizon.IntervalsPerDay)
            || AgentGroups.Any(g => g.Agents.PerInterval is { } plan && plan.Count != Horizon.IntervalsPerDay);
        if (perHorizon && days != Horizon.Days)
        {
            throw new InputException(
                $"{source} lists volumes or staffing for each of its {Horizon.Days} days, so it cannot run for {days}; give one day's profile in the file to " +
                    $"repeat it over any number of days.");
        }
        if (Training.FirstOrDefault(p => p.Day + p.Days - 1 > days) is { } late)
        {
            throw new InputException(
                $"training '{late.Id}' in {source} runs until day {late.Day + late.Days - 1}, past a horizon of {days} day{(days == 1 ? "" : "s")}; give at " +
                    $"least {late.Day + late.Days - 1} days.");
        }
        var horizon = Horizon with { Days = days };
        if (horizon.TotalIntervals > Horizon.MaxIntervals)
        {
            throw new InputException(
                $"{days:N0} days of {source}'s {Horizon.IntervalsPerDay} intervals make {horizon.TotalIntervals:N0} intervals, more than the limit of " +
                    $"{Horizon.MaxIntervals:N0}.");
        }
        if ((this with { Horizon = horizon }).ExpectedContactsPerReplication() is var contacts && contacts > MaxContactsPerReplication)
        {
            throw new InputException(
                $"{days:N0} days of {source} bring about {contacts:N0} contacts per replication, more than the limit of {MaxContactsPerReplication:N0}.");
        }
        if (Horizon.Warmup >= horizon.Length)
        {
            throw new InputException(
                $"the warm-up of {source} ({Units.UnitParser.FormatDuration(Horizon.Warmup)}) lasts past a horizon of {days} day{(days == 1 ? "" : "s")}; " +
                "give more days so that some contacts are counted.");
        }
        return this with { Horizon = horizon };
    }

    /// <summary>The contacts one replication is expected to bring over the whole horizon: the size of its work and memory.</summary>
    public double ExpectedContactsPerReplication()
    {
        double contacts = 0;
        for (int i = 0; i < Horizon.TotalIntervals; i++)
        {
            foreach (var type in ContactTypes) contacts += type.Arrivals.VolumeIn(i, Horizon);
        }
        return contacts;
    }

    /// <summary>The wait after which an answered contact counts as a poor experience, for one contact type.</summary>
    public TimeSpan PoorWaitLimit(ContactType type) =>
        type.PoorWaitLimit ?? (type.Channel == Channel.Email ? CustomerPolicy.EmailPoorWaitLimit : Customers.PoorWaitLimit);
}

/// <summary>The service-level objective. Defaults: definition offered, short abandons within 5 s.</summary>
public sealed record ServiceLevelPolicy(
    double Target,
    TimeSpan AnswerWithin,
    ServiceLevelDefinition Definition,
    TimeSpan ShortAbandonLimit)
{
    public ServiceLevelGoal ToGoal(double? maxOccupancy) =>
        new(Target, AnswerWithin, Definition, maxOccupancy, ShortAbandonLimit);
}

public enum Channel
{
    /// <summary>One call at a time per agent; callers abandon; the queue empties at close.</summary>
    Voice,

    /// <summary>An agent may hold several chats at once (<see cref="ContactType.Concurrency"/>); customers abandon; the queue empties at close.</summary>
    Chat,

    /// <summary>Email or messaging: nobody abandons, and the backlog carries over interval and day boundaries.</summary>
    Email,
}

/// <summary>A kind of contact with its own queue, arrivals and durations.</summary>
/// <param name="WrapUp">After-contact work, counted in AHT; null means none.</param>
/// <param name="Patience">Time a customer waits before abandoning; null means never abandons (always null for email).</param>
public sealed record ContactType(
    string Id,
    Channel Channel,
    ArrivalPattern Arrivals,
    DurationDistribution HandleTime,
    DurationDistribution? WrapUp,
    DurationDistribution? Patience)
{
    /// <summary>Priorities are ranks, not weights: a small range (±this) keeps typos such as 1e9 out.</summary>
    public const int MaxPriority = 1_000;

    /// <summary>Higher goes first when routing picks by priority. Default 0.</summary>
    public int Priority { get; init; }

    /// <summary>This type's own service-level threshold (email: a response time such as 4 h); null: the scenario's.</summary>
    public TimeSpan? AnswerWithin { get; init; }

    /// <summary>This type's own service-level target (email: 0.90 within 4 h, say); null: the scenario's.</summary>
    public double? ServiceLevelTarget { get; init; }

    /// <summary>This type's own poor-wait limit; null: the scenario's (voice, chat) or 24 h (email).</summary>
    public TimeSpan? PoorWaitLimit { get; init; }

    /// <summary>Chats an agent may hold at once and how handle time stretches with them. Default: one at a time.</summary>
    public ChatConcurrency Concurrency { get; init; } = ChatConcurrency.Single;

    /// <summary>Share of handled contacts that resolve the customer's need, and when the others come back. Default: all resolved.</summary>
    public ResolutionPolicy Resolution { get; init; } = ResolutionPolicy.AlwaysResolved;

    /// <summary>Share of abandoning customers who try again, and after how long. Null: none.</summary>
    public RedialPolicy? Redial { get; init; }

    /// <summary>Backup groups that may take this type once a contact has waited a while. Null: none.</summary>
    public OverflowPolicy? Overflow { get; init; }

    /// <summary>An IVR or chatbot in front of the agent queue. Null: none.</summary>
    public AutomationPolicy? Automation { get; init; }

    /// <summary>AHT as the KPI defines it: talk + hold + after-contact work.</summary>
    public TimeSpan AverageHandleTime => HandleTime.Mean + (WrapUp?.Mean ?? TimeSpan.Zero);
}

/// <summary>A team of agents with the same skills, staffing and cost.</summary>
/// <param name="Agents">Scheduled (paid) heads per interval; for a group staffed by <see cref="Shifts"/>, derived from them (the time-average of heads on shift
/// and not on break, rounded down) for the Erlang planner.</param>
/// <param name="Shrinkage">Share of scheduled agents not taking contacts, in [0, 1); the mean of <see cref="ShrinkagePerInterval"/> when that is given.</param>
public sealed record AgentGroup(
    string Id,
    StaffingLevels Agents,
    double Shrinkage,
    double CostPerHour,
    ValueList<string> Skills)
{
    /// <summary>Heads in one group at once: beyond the largest centres; the kernel keeps state per agent, so a billion would exhaust memory.</summary>
    public const int MaxAgents = 1_000_000;

    /// <summary>Handle-time factor and resolution change per skill; a skill not listed has factor 1 and no change.</summary>
    public ValueDictionary<SkillProficiency> Proficiency { get; init; } = ValueDictionary<SkillProficiency>.Empty;

    /// <summary>
    /// Shrinkage per interval (one day's, repeated daily, or the horizon's), given in the file as a list under
    /// <c>shrinkage</c>: how an effective availability measured in history (<c>ccsim calibrate</c>) enters a scenario.
    /// Null: <see cref="Shrinkage"/> all day. When set, <see cref="Shrinkage"/> holds its mean.
    /// </summary>
    public ValueList<double>? ShrinkagePerInterval { get; init; }

    /// <summary>Shrinkage in interval <paramref name="intervalIndex"/> of the horizon.</summary>
    public double ShrinkageAt(int intervalIndex) =>
        ShrinkagePerInterval is { } plan ? plan[intervalIndex % plan.Count] : Shrinkage;

    /// <summary>Shifts that staff the group instead of a per-interval number; null when <see cref="Agents"/> was given.</summary>
    public ValueList<Shift>? Shifts { get; init; }

    /// <summary>Paid shift hours beyond a length, at a higher rate. Null: no overtime.</summary>
    public OvertimePolicy? Overtime { get; init; }

    /// <summary>Shifts <c>ccsim schedule</c> may choose from. Default: none.</summary>
    public ValueList<ShiftTemplate> ShiftTemplates { get; init; } = [];

    /// <summary>How a roster spreads shifts over agents' days. Default: <see cref="RosterRules.Default"/>.</summary>
    public RosterRules RosterRules { get; init; } = RosterRules.Default;

    /// <summary>The agents a roster may use. Default: none listed, so a roster names as many agents as the shifts need.</summary>
    public ValueList<StaffContract> Staff { get; init; } = [];

    /// <summary>Months the group's agents have been in the job at the start of the horizon; null: fully proficient.</summary>
    public double? TenureMonths { get; init; }

    /// <summary>How handle time falls with tenure; applies only when <see cref="TenureMonths"/> is set.</summary>
    public LearningCurve LearningCurve { get; init; } = LearningCurve.Default;

    public SkillProficiency ProficiencyFor(string contactType) =>
        Proficiency.TryGetValue(contactType, out var proficiency) ? proficiency : SkillProficiency.Standard;
}
