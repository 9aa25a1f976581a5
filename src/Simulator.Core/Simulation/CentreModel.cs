using System.Collections.Immutable;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// A scenario compiled once for the kernel: each contact type and agent group with its parameters,
/// the staffing schedule with its deterministic costs, the routing rule, and the effects of every
/// day (proficiency, learning curve, training). Nothing in it depends on chance, and nothing changes
/// after <see cref="Compile"/>: one model serves any number of <see cref="Replication"/>s, on any
/// number of threads, so a host compiles a scenario once and keeps the model under its fingerprint.
/// (Its dictionaries are only read after construction, which is safe from any number of threads.)
/// </summary>
public sealed class CentreModel
{
    private readonly Dictionary<string, int> _typeIndex;
    private readonly Dictionary<string, int> _groupIndex;
    private readonly ImmutableArray<DayEffects> _days;

    private CentreModel(Scenario scenario)
    {
        Scenario = scenario;
        Timeline = new Timeline(scenario.Horizon);
        _typeIndex = scenario.ContactTypes.Select((type, index) => (type.Id, index)).ToDictionary(p => p.Id, p => p.index);
        _groupIndex = scenario.AgentGroups.Select((group, index) => (group.Id, index)).ToDictionary(p => p.Id, p => p.index);
        Schedule = new StaffingSchedule(scenario, Timeline);
        ContactTypes = [.. scenario.ContactTypes.Select((_, t) => new ContactTypeModel(scenario, t, Timeline, id => _groupIndex[id]))];
        AgentGroups = [.. scenario.AgentGroups.Select((_, g) =>
            new AgentGroupModel(scenario, g, id => _typeIndex[id], ContactTypes, Schedule.MostAvailable[g]))];
        Routing = RoutingRule.From(scenario.Routing);
        _days = DayEffects.ForHorizon(scenario);
        DrawsOutcomes = scenario.ContactTypes.Any(t => t.Resolution.Rate < 1 || t.Redial is not null || t.Automation is not null)
            || scenario.AgentGroups.Any(g => g.Proficiency.Values.Any(p => p.ResolutionChange != 0))
            || scenario.Training.Any(p => p.ResolutionChange != 0);
        TelephonyPerSecond = scenario.Costs.TelephonyPerMinute / 60;
        ShortAbandonLimitSeconds = scenario.ServiceLevel.ShortAbandonLimit.TotalSeconds;
    }

    /// <summary>Compiles a validated scenario.</summary>
    public static CentreModel Compile(Scenario scenario) => new(scenario);

    /// <summary>The scenario the model was compiled from (ids, seed, KPI definitions).</summary>
    public Scenario Scenario { get; }

    internal Timeline Timeline { get; }

    internal ImmutableArray<ContactTypeModel> ContactTypes { get; }

    internal ImmutableArray<AgentGroupModel> AgentGroups { get; }

    internal StaffingSchedule Schedule { get; }

    internal RoutingRule Routing { get; }

    /// <summary>
    /// Whether contacts draw outcomes (resolution, repeat, redial) when they reach the queue: only if some
    /// type can end otherwise than resolved, so that scenarios without such policies draw exactly what
    /// they drew before those policies existed.
    /// </summary>
    internal bool DrawsOutcomes { get; }

    internal double TelephonyPerSecond { get; }

    /// <summary>Abandonments within this wait are short (the <c>excludeShortAbandons</c> service level leaves them out).</summary>
    internal double ShortAbandonLimitSeconds { get; }

    /// <summary>Training programmes in the horizon (the width of a day's row of training savings).</summary>
    internal int Programmes => Scenario.Training.Count;

    /// <summary>The effects of day <paramref name="day"/> (0-based) of the horizon.</summary>
    internal DayEffects EffectsOn(int day) => _days[day];

    /// <summary>The index of a contact type, or an error naming the types there are.</summary>
    public int TypeIndex(string contactTypeId) => IndexOf(_typeIndex, contactTypeId, "contact type", "types", Scenario.ContactTypes.Select(t => t.Id));

    /// <summary>The index of an agent group, or an error naming the groups there are.</summary>
    public int GroupIndex(string groupId) => IndexOf(_groupIndex, groupId, "agent group", "groups", Scenario.AgentGroups.Select(g => g.Id));

    private static int IndexOf(Dictionary<string, int> ids, string id, string what, string plural, IEnumerable<string> all) =>
        ids.TryGetValue(id, out int index) ? index : throw new ArgumentException($"no {what} '{id}' ({plural}: {string.Join(", ", all)})");
}
