namespace Simulator.Core.Scenarios;

/// <summary>Customer experience. A contact is a poor experience when abandoned, left unanswered, answered after this limit, or not resolved.</summary>
public sealed record CustomerPolicy(TimeSpan PoorWaitLimit)
{
    public static readonly TimeSpan DefaultPoorWaitLimit = TimeSpan.FromMinutes(2);

    /// <summary>Email customers expect hours, not seconds: their default limit.</summary>
    public static readonly TimeSpan EmailPoorWaitLimit = TimeSpan.FromHours(24);

    public static readonly CustomerPolicy Default = new(DefaultPoorWaitLimit);
}

public enum AgentSelection
{
    /// <summary>The agent idle longest among the groups with the skill.</summary>
    LongestIdle,

    /// <summary>An idle agent of the group with the lowest handle-time factor for the type; longest idle among equals.</summary>
    MostProficient,
}

public enum ContactSelection
{
    /// <summary>A freed agent takes the longest-waiting contact among its skills.</summary>
    OldestFirst,

    /// <summary>A freed agent takes the highest-priority type with someone waiting; oldest first among equals.</summary>
    Priority,
}

public sealed record RoutingPolicy(AgentSelection Agents, ContactSelection Contacts)
{
    public static readonly RoutingPolicy Default = new(AgentSelection.LongestIdle, ContactSelection.OldestFirst);
}

/// <summary>Costs besides agent pay (which is per group).</summary>
/// <param name="TelephonyPerMinute">Per minute of a voice contact on the line: bot time, waiting and talk.</param>
/// <param name="FixedPerDay">Facilities, licences, supervision: per day of the horizon.</param>
public sealed record CostPolicy(double TelephonyPerMinute, double FixedPerDay)
{
    public static readonly CostPolicy None = new(0, 0);

    /// <summary>
    /// The largest amount a scenario gives any cost rate or fee (per hour, minute, session, day or trainee): far above
    /// any real one, and low enough that a horizon's sums stay finite (1e308 per hour made every cost infinite, shown as "–").
    /// </summary>
    public const double MaxAmount = 1e9;
}

/// <summary>Chats per agent: up to <see cref="Max"/> at once; each chat's handle time is stretched by (1 + Slowdown × other chats held) when it
/// starts.</summary>
public sealed record ChatConcurrency(int Max, double Slowdown)
{
    /// <summary>Chats at once beyond this are not a contact centre any planner runs; it also bounds the kernel's per-agent slots.</summary>
    public const int MaxChats = 20;

    public static readonly ChatConcurrency Single = new(1, 0);
}

/// <summary>
/// First-contact resolution: a handled contact resolves the need with probability <see cref="Rate"/>
/// (plus the agent's, training's and bot's changes); otherwise the same customer contacts again after
/// <see cref="RepeatAfter"/>.
/// </summary>
public sealed record ResolutionPolicy(double Rate, DurationDistribution? RepeatAfter)
{
    public static readonly ResolutionPolicy AlwaysResolved = new(1, null);
}

/// <summary>A share of customers who abandon (in the queue or in the bot) try again after a delay.</summary>
public sealed record RedialPolicy(double Share, DurationDistribution After);

/// <summary>Contacts that have waited <see cref="After"/> may also be taken by agents of these groups.</summary>
public sealed record OverflowPolicy(ValueList<string> Groups, TimeSpan After);

/// <summary>
/// An IVR or chatbot in front of a contact type. Each session takes <see cref="BotTime"/>; a share
/// <see cref="Containment"/> is resolved there, a share <see cref="Abandonment"/> gives up there, the rest
/// reach the agent queue with handle time changed by <see cref="TransferHandleTime"/> (negative: the bot
/// gathered details) and resolution changed by <see cref="TransferResolutionChange"/>.
/// </summary>
public sealed record AutomationPolicy(
    double Containment,
    double Abandonment,
    DurationDistribution BotTime,
    double CostPerSession,
    TimeSpan TransferHandleTime,
    double TransferResolutionChange);

/// <summary>How well a group handles one contact type: handle time × <see cref="HandleTimeFactor"/>, resolution rate + <see
/// cref="ResolutionChange"/>.</summary>
public sealed record SkillProficiency(double HandleTimeFactor, double ResolutionChange)
{
    public static readonly SkillProficiency Standard = new(1, 0);
}

/// <summary>A shift worked by <see cref="Agents"/> agents, starting at a time of day, every day of the horizon or on <see cref="Days"/>.</summary>
public sealed record Shift(TimeSpan Start, TimeSpan Length, int Agents, ValueList<ShiftBreak> Breaks)
{
    /// <summary>Days of the horizon (from 1) the shift is worked; null: every day.</summary>
    public ValueList<int>? Days { get; init; }

    /// <summary>Per paid hour; null: the group's.</summary>
    public double? CostPerHour { get; init; }

    public TimeSpan End => Start + Length;

    /// <summary>Whether the shift is worked on a day of the horizon (from 1).</summary>
    public bool WorkedOn(int day) => Days is null || Days.Contains(day);

    /// <summary>Paid hours of one agent on this shift: its length less unpaid breaks.</summary>
    public TimeSpan PaidLength => Length - Breaks.Where(b => !b.Paid).Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Length);
}

/// <summary>A break <see cref="After"/> the shift starts; agents on it take no contacts.</summary>
public sealed record ShiftBreak(TimeSpan After, TimeSpan Length, bool Paid);

/// <summary>Each agent's paid shift time beyond <see cref="After"/> costs <see cref="CostPerHour"/> instead of the group's rate.</summary>
public sealed record OvertimePolicy(TimeSpan After, double CostPerHour);

/// <summary>
/// Handle-time factor by tenure m (months): 1 + (NewHireFactor − 1) · exp(−3m / MonthsToProficiency), so a
/// new hire is NewHireFactor times slower and 95 % of the gap has closed at MonthsToProficiency.
/// Defaults 1.5 and 4 months, the middle of the commonly quoted ranges: new-hire AHT 1.3–1.8 × tenured,
/// three to six months to proficiency (shared/NOTES.md, "Reference figures for this domain"). Slower
/// centres exist: data for 1,800 agents in eight centres put month one at 53 % of month twelve's
/// efficiency and full proficiency at 8–12 months (Cinareo, "Myth #4", citing Mark Alpern).
/// </summary>
public sealed record LearningCurve(double NewHireFactor, double MonthsToProficiency)
{
    public const double DaysPerMonth = 365.25 / 12;

    public static readonly LearningCurve Default = new(1.5, 4);

    public double HandleTimeFactor(double tenureMonths) =>
        1 + (NewHireFactor - 1) * Math.Exp(-3 * Math.Max(0, tenureMonths) / MonthsToProficiency);
}

/// <summary>
/// Training for a group: <see cref="Trainees"/> agents spend <see cref="HoursPerAgent"/> off the phones,
/// spread over <see cref="Days"/> days from day <see cref="Day"/> (1 = the horizon's first day). From the
/// next day the effect (handle time × <see cref="HandleTimeFactor"/>, resolution + <see cref="ResolutionChange"/>)
/// ramps up linearly over <see cref="RampDays"/> days, then halves every <see cref="DecayHalfLife"/> if set.
/// </summary>
/// <param name="Trainees">Null: the group's whole roster (the most heads it schedules in a day).</param>
public sealed record TrainingProgramme(
    string Id,
    string Group,
    int Day,
    int Days,
    double HoursPerAgent,
    double FeePerAgent,
    int? Trainees,
    double HandleTimeFactor,
    double ResolutionChange,
    double RampDays,
    TimeSpan? DecayHalfLife)
{
    /// <summary>Share of the full effect on day <paramref name="day"/> (1-based): 0 until training ends, then ramp and decay.</summary>
    public double EffectOn(int day)
    {
        double daysSince = day - (Day + Days - 1); // 1 on the first day after training
        if (daysSince < 1) return 0;
        double ramp = RampDays <= 0 ? 1 : Math.Min(1, daysSince / RampDays);
        double sinceFull = Math.Max(0, daysSince - Math.Max(RampDays, 1));
        double decay = DecayHalfLife is TimeSpan halfLife ? Math.Pow(0.5, sinceFull / halfLife.TotalDays) : 1;
        return ramp * decay;
    }

    /// <summary>Handle-time factor on a day: 1 before, <see cref="HandleTimeFactor"/> at full effect.</summary>
    public double HandleTimeFactorOn(int day) => 1 + (HandleTimeFactor - 1) * EffectOn(day);
}
