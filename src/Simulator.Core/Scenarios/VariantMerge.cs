using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Merges one variant's keys into the base scenario's YAML (the rules are in <see cref="Variants"/>) and
/// notes each change it makes, one line per change, so that <c>validate</c> can show what a variant does
/// relative to the base: a shift taken out is visible, not silent.
/// </summary>
/// <param name="prefix">Where the variant stands, such as <c>variants[1] (no-wave)</c>, for messages.</param>
internal sealed class VariantMerge(YamlReader reader, string prefix)
{
    /// <summary>Longest rendering of a value in a change line; a longer one is summarised ("a list of 24 values").</summary>
    private const int MaxShownLength = 60;

    private readonly List<string> _changes = [];

    public IReadOnlyList<string> Changes => _changes;

    /// <summary>A problem with the merge itself (such as removing an item the base lacks) has been reported.</summary>
    public bool Failed { get; private set; }

    public YamlNode Merge(YamlNode baseRoot, YamlMappingNode overlay) => Merge(baseRoot, overlay, schema: "", shown: "", at: "");

    /// <param name="schema">Where the value stands in the format, list indexes written <c>[]</c>: finds keyed lists.</param>
    /// <param name="shown">Where it stands for a planner, items named by id: <c>agentGroups[team].shifts[08:00]</c>.</param>
    /// <param name="at">Where it stands in the variant, items by position, for messages.</param>
    private YamlNode Merge(YamlNode? baseNode, YamlNode overlay, string schema, string shown, string at)
    {
        if (overlay is YamlMappingNode overlayMap && (baseNode is YamlMappingNode || baseNode is null && schema.Length > 0))
        {
            var baseMap = baseNode as YamlMappingNode ?? new YamlMappingNode();
            var merged = new YamlMappingNode();
            foreach (var (key, value) in baseMap.Children)
            {
                merged.Children[key] = overlayMap.Children.TryGetValue(key, out var replacement)
                    ? Merge(value, replacement, Join(schema, key), Join(shown, key), Join(at, key))
                    : value;
            }
            foreach (var (key, value) in overlayMap.Children.Where(e => !merged.Children.ContainsKey(e.Key)))
            {
                merged.Children[key] = Merge(null, value, Join(schema, key), Join(shown, key), Join(at, key));
            }
            return merged;
        }
        if (overlay is YamlSequenceNode overlayList && KeyedLists.At(schema) is { } keyed && (baseNode is null or YamlSequenceNode))
        {
            return MergeKeyed(keyed, baseNode as YamlSequenceNode, overlayList, schema, shown, at);
        }
        if (schema != "name") Note(shown, baseNode, overlay);
        return overlay;
    }

    private YamlNode MergeKeyed(KeyedList keyed, YamlSequenceNode? baseList, YamlSequenceNode overlayList, string schema, string shown, string at)
    {
        var baseIds = baseList is null ? [] : KeyedLists.Ids(keyed, baseList);
        if (overlayList.Children.Count == 0)
        {
            // An empty list clears the base's: each of its items is taken out.
            foreach (string? id in baseIds) _changes.Add($"{shown}[{id}]: removed");
            return overlayList;
        }

        var overlayIds = KeyedLists.Ids(keyed, overlayList);
        var overrides = new Dictionary<string, (YamlNode Item, string At, bool Remove)>(StringComparer.Ordinal);
        var added = new List<YamlNode>();
        for (int i = 0; i < overlayList.Children.Count; i++)
        {
            var item = overlayList.Children[i];
            string itemAt = $"{at}[{i}]";
            bool remove = Removal(item, itemAt, out var kept);
            if (overlayIds[i] is not string id)
            {
                if (remove) Report(item, itemAt, $"'{KeyedLists.RemoveKey}: true' needs the {keyed.Noun}'s '{keyed.IdKey}' to know which one to take out");
                else added.Add(kept); // read as a new item, whose missing id its reader reports
                continue;
            }
            if (!overrides.TryAdd(id, (kept, itemAt, remove)))
            {
                Report(KeyedLists.IdNode(keyed, item) ?? item, itemAt,
                    $"the variant names {keyed.Noun} '{id}' twice; give each change to one {keyed.Noun} in one item");
            }
        }

        var merged = new YamlSequenceNode();
        for (int i = 0; i < baseIds.Count; i++)
        {
            var baseItem = baseList!.Children[i];
            if (baseIds[i] is not string id || !overrides.Remove(id, out var change))
            {
                merged.Add(baseItem);
            }
            else if (change.Remove)
            {
                _changes.Add($"{shown}[{id}]: removed");
            }
            else
            {
                merged.Add(Merge(baseItem, change.Item, $"{schema}[]", $"{shown}[{id}]", change.At));
            }
        }
        foreach (var (id, change) in overrides)
        {
            if (change.Remove)
            {
                string known = baseIds.Count == 0 ? "none" : string.Join(", ", baseIds.OfType<string>());
                Report(change.Item, change.At,
                    $"the base has no {keyed.Noun} '{id}' to remove{KeySuggestions.DidYouMean(id, baseIds.OfType<string>())} ({keyed.Noun}s: {known})");
                continue;
            }
            _changes.Add($"{shown}[{id}]: added");
            merged.Add(change.Item);
        }
        foreach (var item in added)
        {
            _changes.Add($"{shown}: {keyed.Noun} added");
            merged.Add(item);
        }
        return merged;
    }

    /// <summary>
    /// Whether the item says <c>remove: true</c>; <paramref name="kept"/> is the item without its <c>remove</c> key,
    /// which no reader of the merged scenario knows.
    /// </summary>
    private bool Removal(YamlNode item, string at, out YamlNode kept)
    {
        kept = item;
        if (item is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(KeyedLists.RemoveKey), out var flag)) return false;
        kept = new YamlMappingNode(map.Children.Where(e => (e.Key as YamlScalarNode)?.Value != KeyedLists.RemoveKey));
        switch ((flag as YamlScalarNode)?.Value)
        {
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        Report(flag, YamlReader.Join(at, KeyedLists.RemoveKey), $"expected true or false, but found {YamlReader.Describe(flag)}");
        return false;
    }

    /// <summary>One line for a value the variant replaces, when it differs from the base's.</summary>
    private void Note(string shown, YamlNode? baseNode, YamlNode overlay)
    {
        string before = Flow(baseNode), after = Flow(overlay);
        if (before == after) return;
        if (YamlReader.IsNull(overlay))
        {
            _changes.Add($"{shown}: {Shown(baseNode)} removed (back to its default)");
        }
        else if (baseNode is null || YamlReader.IsNull(baseNode))
        {
            _changes.Add($"{shown}: set to {Shown(overlay)}");
        }
        else if (baseNode is YamlSequenceNode { Children.Count: var count } baseList && overlay is YamlSequenceNode overlayList
                 && overlayList.Children.Count == count && after.Length > MaxShownLength)
        {
            int differing = Enumerable.Range(0, count).Count(i => Flow(baseList.Children[i]) != Flow(overlayList.Children[i]));
            _changes.Add($"{shown}: {differing} of {count} values changed");
        }
        else
        {
            _changes.Add($"{shown}: {Shown(baseNode)} → {Shown(overlay)}");
        }
    }

    private void Report(YamlNode node, string at, string message)
    {
        Failed = true;
        reader.Report(node, $"{prefix} {at}", message);
    }

    private static string Join(string path, YamlNode key) => YamlReader.Join(path, (key as YamlScalarNode)?.Value ?? "");

    /// <summary>A value as a planner reads it in a change line: written out when short, summarised when not.</summary>
    private static string Shown(YamlNode? node)
    {
        string text = Flow(node);
        if (text.Length <= MaxShownLength) return text;
        return node switch
        {
            YamlSequenceNode list => $"a list of {list.Children.Count} values",
            YamlMappingNode map => $"a mapping of {map.Children.Count} keys",
            YamlScalarNode => text[..MaxShownLength] + "…",
            null => "nothing",
            var other => other.NodeType.ToString(),
        };
    }

    /// <summary>A value in YAML flow style, for comparing two values and showing short ones.</summary>
    private static string Flow(YamlNode? node) => node switch
    {
        null => "nothing",
        _ when YamlReader.IsNull(node) => "nothing",
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode list => $"[{string.Join(", ", list.Children.Select(Flow))}]",
        YamlMappingNode map => $"{{ {string.Join(", ", map.Children.Select(e => $"{Flow(e.Key)}: {Flow(e.Value)}"))} }}",
        var other => other.NodeType.ToString(),
    };
}
