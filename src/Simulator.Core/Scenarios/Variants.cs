using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>A scenario file: its base scenario and the named variants written as differences from it.</summary>
public sealed record ScenarioFile(Scenario Base, IReadOnlyList<ScenarioVariant> Variants)
{
    public ScenarioVariant Variant(string id) =>
        Variants.FirstOrDefault(v => v.Id == id)
        ?? throw new InputException(Variants.Count == 0
            ? $"{Base.SourcePath} has no variants; add a 'variants:' list to it."
            : $"{Base.SourcePath} has no variant '{id}'{KeySuggestions.DidYouMean(id, Variants.Select(v => v.Id))} (variants: {string.Join(", ", Variants.Select(v => v.Id))}).");
}

/// <summary>A policy as a short diff of the base: <c>variant: peak-cover</c> and only the keys it changes.</summary>
public sealed record ScenarioVariant(string Id, Scenario Scenario);

/// <summary>
/// Variants override keys of the base scenario: mappings merge key by key, lists of items with an
/// <c>id</c> (contact types, agent groups, training) merge item by item (a new id adds an item), and anything
/// else is replaced. Each merged scenario is validated like a file of its own; problems are
/// reported at the variant's own lines, under <c>variants[i]</c>.
/// </summary>
internal static class Variants
{
    /// <param name="list">The base file's <c>variants</c> list, already known to be a non-empty list.</param>
    /// <param name="scenarioKeys">The keys a scenario allows, as the base's reading found them.</param>
    public static IReadOnlyList<ScenarioVariant> Read(
        YamlReader reader,
        YamlNode root,
        YamlSequenceNode list,
        Scenario baseScenario,
        IReadOnlyList<string> scenarioKeys,
        Func<YamlNode, YamlReader, Scenario?> build)
    {
        var top = (YamlMappingNode)root;
        var baseRoot = new YamlMappingNode(top.Children.Where(e => (e.Key as YamlScalarNode)?.Value != "variants"));
        var baseProblems = reader.Diagnostics.ToHashSet(); // reported once, for the base: not again for each variant
        var variants = new List<ScenarioVariant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Children.Count; i++)
        {
            string path = $"variants[{i}]";
            var item = list.Children[i];
            var map = new MappingReader(reader, item, path);
            string id = map.Required("variant", reader.String);
            if (map.Failed)
            {
                // Not read without its id, so its other keys are checked here, against the scenario's; with an id, the merged scenario's reading checks them.
                foreach (var key in scenarioKeys.Where(k => k != "variants")) map.Optional(key, (node, _) => node);
                map.Close();
                continue;
            }
            if (!seen.Add(id))
            {
                map.Report("variant", $"duplicate variant '{id}'; every variant needs its own id");
                continue;
            }

            var overlay = new YamlMappingNode(((YamlMappingNode)item).Children.Where(e => (e.Key as YamlScalarNode)?.Value != "variant"));
            var merged = (YamlMappingNode)Merge(baseRoot, overlay);
            if (!overlay.Children.ContainsKey(new YamlScalarNode("name")))
            {
                merged.Children[new YamlScalarNode("name")] = new YamlScalarNode($"{baseScenario.Name} [{id}]");
            }

            var variantReader = new YamlReader(reader.File);
            var scenario = build(merged, variantReader);
            foreach (var problem in variantReader.Diagnostics.Except(baseProblems))
            {
                reader.Add(problem with { Path = $"{path} ({id}) {problem.Path}".TrimEnd() });
            }
            if (scenario is not null && variantReader.Diagnostics.Count == 0) variants.Add(new ScenarioVariant(id, scenario));
        }
        return variants;
    }

    private static YamlNode Merge(YamlNode baseNode, YamlNode overlay)
    {
        if (baseNode is YamlMappingNode baseMap && overlay is YamlMappingNode overlayMap)
        {
            var merged = new YamlMappingNode();
            foreach (var (key, value) in baseMap.Children)
            {
                merged.Children[key] = overlayMap.Children.TryGetValue(key, out var replacement) ? Merge(value, replacement) : value;
            }
            foreach (var (key, value) in overlayMap.Children)
            {
                if (!merged.Children.ContainsKey(key)) merged.Children[key] = value;
            }
            return merged;
        }
        if (baseNode is YamlSequenceNode baseList && overlay is YamlSequenceNode overlayList && HasIds(baseList) && HasIds(overlayList))
        {
            var merged = new YamlSequenceNode();
            var overrides = overlayList.Children.ToDictionary(Id);
            foreach (var item in baseList.Children)
            {
                merged.Add(overrides.Remove(Id(item), out var replacement) ? Merge(item, replacement) : item);
            }
            foreach (var item in overlayList.Children.Where(i => overrides.ContainsKey(Id(i)))) merged.Add(item);
            return merged;
        }
        return overlay;
    }

    private static bool HasIds(YamlSequenceNode list) =>
        list.Children.Count > 0 && list.Children.All(i => i is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode)
        && list.Children.Select(Id).Distinct().Count() == list.Children.Count;

    private static string Id(YamlNode item) => ((YamlScalarNode)((YamlMappingNode)item).Children[new YamlScalarNode("id")]).Value ?? "";
}
