using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Core.Simulation;

/// <summary>
/// A centre's exact state at one simulated instant, as <see cref="Replication.Capture"/> reads it from a running replication (or a feed of a
/// real centre could assemble it): the tallies so far, every contact waiting and every contact in service with the instants they began, the
/// agents idle and those due to log off, customers between contacts (a return due, a session in a bot), the controls applied (agents added by
/// hand, surges, bots switched) and how far the staffing schedule has gone. What the kernel knows beyond a real feed (each contact's drawn
/// patience and work, when its service ends) rides along, so a look-ahead may use it or draw it afresh (<see cref="ResidualTimes"/>).
/// Plain data: it crosses the wire to other silos as JSON (<see cref="ToJson"/>).
/// </summary>
public sealed record CentreState
{
    /// <summary>The instant captured (simulation clock: seconds from the first opening).</summary>
    public required double Now { get; init; }

    /// <summary>The open planning interval, or −1 while the centre is closed.</summary>
    public required int Interval { get; init; }

    /// <summary>The last interval that opened (0 before the first opening).</summary>
    public required int LastInterval { get; init; }

    /// <summary>The day of the last opening, −1 before the first.</summary>
    public required int Day { get; init; }

    /// <summary>Customers so far (ids go on from here).</summary>
    public required long Customers { get; init; }

    public required double LastAccounted { get; init; }

    /// <summary>The staffing schedule's next change (those before it have been applied).</summary>
    public required int NextStaffingChange { get; init; }

    /// <summary>[group]: agents added (negative: removed) by hand.</summary>
    public required int[] AddedByHand { get; init; }

    /// <summary>[contact type]: the surge factor in force (1: the planned rate).</summary>
    public required double[] ArrivalFactors { get; init; }

    /// <summary>[contact type]: whether its bot is on.</summary>
    public required bool[] BotsOn { get; init; }

    /// <summary>Contacts waiting, each type's in queue order (front first).</summary>
    public required WaitingContactState[] Waiting { get; init; }

    /// <summary>Contacts agents hold now (a chat agent may hold several).</summary>
    public required ServiceState[] InService { get; init; }

    /// <summary>Idle agents, each group's in idle-line order (longest idle first).</summary>
    public required IdleAgentState[] Idle { get; init; }

    /// <summary>[group]: busy agents who log off once they finish.</summary>
    public required int[] DueToLogOff { get; init; }

    /// <summary>Customers between contacts: a return due, or a session in a bot ending in a hand-over.</summary>
    public required PendingCustomerState[] Pending { get; init; }

    /// <summary>The tallies so far (with the whole horizon's scheduled costs, as a running replication holds them).</summary>
    [JsonIgnore]
    public ReplicationResult SoFar { get; init; } = null!;

    /// <summary>The state as one line of JSON (doubles round-trip exactly; +∞ as "Infinity").</summary>
    public string ToJson() => JsonSerializer.Serialize(new Wire(this, ReplicationResultCodec.ToJson(SoFar)), Options);

    /// <summary>A state from <see cref="ToJson"/>; an error if the text is not one.</summary>
    public static CentreState FromJson(string json)
    {
        var wire = JsonSerializer.Deserialize<Wire>(json, Options) ?? throw new ArgumentException("A centre state arrived empty.");
        var soFar = ReplicationResultCodec.FromJson(wire.SoFar) ?? throw new ArgumentException("A centre state's tallies arrived damaged.");
        return wire.State with { SoFar = soFar };
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private sealed record Wire(CentreState State, string SoFar);
}

/// <summary>A customer as the centre remembers it between contacts (see the kernel's customer state).</summary>
public readonly record struct CustomerSnapshot(long Id, int FirstInterval, int PoorExperiences, int Attempt, bool IsRedial, bool Counted)
{
    internal static CustomerSnapshot Of(CustomerState c) => new(c.Id, c.FirstInterval, c.PoorExperiences, c.Attempt, c.IsRedial, c.Counted);

    internal CustomerState ToState() => new(Id, FirstInterval, PoorExperiences, Attempt, IsRedial, Counted);
}

/// <summary>
/// A waiting contact: when it arrived (so how long it has waited) and, as the kernel drew them, its work, its patience (the instant it would
/// abandon, +∞ never) and its outcome draws.
/// </summary>
public record struct WaitingContactState(
    int ContactType,
    double ArrivalTime,
    int Interval,
    bool Counted,
    CustomerSnapshot Customer,
    double HandleSeconds,
    double WrapUpSeconds,
    double AbandonsAt,
    double ResolutionDraw,
    double RepeatDelay,
    double RedialDraw,
    double RedialDelay,
    double ResolutionChange);

/// <summary>A contact an agent holds: the agent (an ordinal within the state), its group, the contact's type, since when, and when it ends as drawn.</summary>
public readonly record struct ServiceState(int Agent, int Group, int ContactType, bool Chat, double AnsweredAt, double EndsAt);

/// <summary>An idle agent of a group, idle since an instant.</summary>
public readonly record struct IdleAgentState(int Group, double IdleSince);

/// <summary>A customer between contacts: due back (<see cref="BotTransfer"/> false) or handed on by a bot at <see cref="Due"/>.</summary>
public readonly record struct PendingCustomerState(int ContactType, double Due, bool BotTransfer, CustomerSnapshot Customer);
