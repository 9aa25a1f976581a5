using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// A list whose items are things with an identity (a contact type, a shift, a skill), as opposed to a
/// list of values (volumes per interval, a staffing plan): a variant merges it item by item, by id.
/// </summary>
/// <param name="Noun">What one item is, for messages: "shift".</param>
/// <param name="IdKey">The key that holds an item's id.</param>
/// <param name="DefaultId">An item's id when it gives none (a shift's start, a break's offset); null where the id is required.</param>
internal sealed record KeyedList(string Noun, string IdKey, Func<YamlNode, string?>? DefaultId);

/// <summary>
/// Every keyed list of the scenario format, by where it stands (<c>agentGroups[].shifts</c>), and how an
/// item's id is found. docs/scenario-reference.md, "variants", states the same rules for planners.
/// </summary>
internal static class KeyedLists
{
    /// <summary>The key that takes an item out of a keyed list, in a variant.</summary>
    public const string RemoveKey = "remove";

    private static readonly KeyedList ContactTypes = new("contact type", "id", null);
    private static readonly KeyedList AgentGroups = new("agent group", "id", null);
    private static readonly KeyedList Training = new("training programme", "id", null);
    private static readonly KeyedList Shifts = new("shift", "id", item => Normalised(Child(item, "start"), Clock));
    private static readonly KeyedList Breaks = new("break", "id", item => Normalised(Child(item, "after"), Duration));

    /// <summary>A skill is a contact type id, or a map whose <c>type</c> is one: the type is its id.</summary>
    private static readonly KeyedList Skills = new("skill", "type", item => (item as YamlScalarNode)?.Value?.Trim());

    private static readonly Dictionary<string, KeyedList> BySchemaPath = new(StringComparer.Ordinal)
    {
        ["contactTypes"] = ContactTypes,
        ["agentGroups"] = AgentGroups,
        ["training"] = Training,
        ["agentGroups[].shifts"] = Shifts,
        ["agentGroups[].shifts[].breaks"] = Breaks,
        ["agentGroups[].skills"] = Skills,
    };

    /// <summary>The keyed list at <paramref name="schemaPath"/> (list indexes written <c>[]</c>), or null for a list of values.</summary>
    public static KeyedList? At(string schemaPath) => BySchemaPath.GetValueOrDefault(schemaPath);

    /// <summary>
    /// Each item's id: its own, or its default; a default that an earlier item already has gets <c>#2</c>,
    /// <c>#3</c>… in list order (two shifts starting at 08:00 are <c>08:00</c> and <c>08:00#2</c>). Null for
    /// an item with neither.
    /// </summary>
    public static IReadOnlyList<string?> Ids(KeyedList list, YamlSequenceNode sequence)
    {
        var ids = new List<string?>(sequence.Children.Count);
        var defaults = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (Child(item, list.IdKey) is YamlScalarNode { Value: { } given } && given.Trim().Length > 0)
            {
                ids.Add(given.Trim());
                continue;
            }
            string? fallback = list.DefaultId?.Invoke(item);
            if (fallback is null || fallback.Length == 0)
            {
                ids.Add(null);
                continue;
            }
            int seen = defaults.TryGetValue(fallback, out int n) ? n + 1 : 1;
            defaults[fallback] = seen;
            ids.Add(seen == 1 ? fallback : $"{fallback}#{seen}");
        }
        return ids;
    }

    /// <summary>The node itself when it is the id (a skill written as a plain id), else its id key's value.</summary>
    public static YamlNode? IdNode(KeyedList list, YamlNode item) => item is YamlScalarNode ? item : Child(item, list.IdKey);

    public static YamlNode? Child(YamlNode item, string key) =>
        item is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Normalised(YamlNode? node, Func<string, string?> parse) =>
        node is YamlScalarNode { Value: { } text } ? parse(text.Trim()) ?? text.Trim() : null;

    private static string? Clock(string text) => UnitParser.TryParseClock(text, out var time, out _) ? UnitParser.FormatClock(time) : null;

    private static string? Duration(string text) =>
        UnitParser.TryParseDuration(text, out var duration, out _) ? UnitParser.FormatDuration(duration) : null;
}
