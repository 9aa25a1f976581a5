using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>A scenario file: its base scenario and the named variants written as differences from it.</summary>
public sealed record ScenarioFile(Scenario Base, IReadOnlyList<ScenarioVariant> Variants)
{
    public ScenarioVariant Variant(string id) =>
        Variants.FirstOrDefault(v => v.Id == id)
        ?? throw new InputException(Variants.Count == 0
            ? $"{Base.SourcePath} has no variants; add a 'variants:' list to it."
            : $"{Base.SourcePath} has no variant '{id}'{KeySuggestions.DidYouMean(id, Variants.Select(v => v.Id))} (variants: " +
                $"{string.Join(", ", Variants.Select(v => v.Id))}).");
}

/// <summary>A policy as a short diff of the base: <c>variant: peak-cover</c> and only the keys it changes.</summary>
public sealed record ScenarioVariant(string Id, Scenario Scenario)
{
    /// <summary>What the variant changes relative to the base, one line per change, such as <c>agentGroups[team].agents: 20 → 30</c>.</summary>
    public ValueList<string> Changes { get; init; } = [];
}

/// <summary>
/// Variants override keys of the base scenario: mappings merge key by key, keyed lists (contact types,
/// agent groups, training, shifts, breaks, skills: see <see cref="KeyedLists"/>) merge item by item (a known
/// id changes its item, a new id adds one, <c>remove: true</c> takes one out), and anything else is replaced.
/// Each merged scenario is validated like a file of its own; problems are
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
            var merge = new VariantMerge(reader, $"{path} ({id})");
            var merged = (YamlMappingNode)merge.Merge(baseRoot, overlay);
            if (merge.Failed) continue;
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
            if (scenario is not null && variantReader.Diagnostics.Count == 0)
            {
                variants.Add(new ScenarioVariant(id, scenario) { Changes = merge.Changes.ToValueList() });
            }
        }
        return variants;
    }

}
