using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Checks across lists: unique ids, skills that name contact types, overflow and training that name
/// agent groups. They read ids straight from the YAML, so they run even when other keys of an item are wrong.
/// </summary>
public static partial class ScenarioLoader
{
    private sealed partial class Builder
    {
        /// <summary>Ids read straight from the YAML, so the checks below run even when other keys of an item are wrong.</summary>
        private static List<(string Id, YamlNode Node)> Ids(YamlNode? listNode) =>
            listNode is YamlSequenceNode sequence
                ? sequence.Children.Select(IdNode).Select(n => ((n as YamlScalarNode)?.Value ?? "", n)).Where(p => p.Item1.Length > 0).ToList()
                : [];

        private void CheckIds(YamlNode? listNode, string path)
        {
            if (listNode is not YamlSequenceNode sequence) return;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                if (IdNode(sequence.Children[i]) is YamlScalarNode { Value: { Length: > 0 } id } node && !seen.Add(id))
                {
                    reader.Report(node, $"{path}[{i}].id", $"duplicate id '{id}'; every id in {path} must be unique");
                }
            }
        }

        /// <summary>
        /// <c>remove: true</c> takes an item out of a keyed list in a variant, where the merge consumes it; anywhere
        /// else it is refused.
        /// </summary>
        private void ReadRemove(MappingReader map) =>
            map.Optional(KeyedLists.RemoveKey,
                Refused<YamlNode>($"'{KeyedLists.RemoveKey}: true' takes an item out of the base's list in a variant; in the base itself, delete the item"));

        /// <summary>
        /// Ids of a keyed list whose items may go without one (shifts, breaks) are unique, counting the default ids
        /// of those that do: a variant could not tell two such items apart.
        /// </summary>
        private static void CheckKeyedIds(MappingReader map, string key, string schemaPath)
        {
            if (map.Node(key) is not YamlSequenceNode sequence || KeyedLists.At(schemaPath) is not { } keyed) return;
            var ids = KeyedLists.Ids(keyed, sequence);
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < ids.Count; i++)
            {
                if (ids[i] is not string id || first.TryAdd(id, i)) continue;
                var item = sequence.Children[i];
                var idNode = KeyedLists.Child(item, keyed.IdKey);
                var other = sequence.Children[first[id]];
                string why = KeyedLists.Child(other, keyed.IdKey) is null ? $" (its id by default: a {keyed.Noun} without an 'id' is known by it)" : "";
                map.Report(idNode ?? item, $"{map.Child(key)}[{i}]{(idNode is null ? "" : ".id")}",
                    $"duplicate {keyed.Noun} id '{id}': the {keyed.Noun} at line {other.Start.Line} has it too{why}; give each its own 'id'");
            }
        }

        private void CheckSkills(YamlNode? groupsNode, YamlNode? typesNode)
        {
            if (groupsNode is not YamlSequenceNode groups || typesNode is not YamlSequenceNode) return;
            var typeIds = Ids(typesNode).Select(t => t.Id).ToList();
            var served = new HashSet<string>(StringComparer.Ordinal);
            for (int g = 0; g < groups.Children.Count; g++)
            {
                foreach (var (skill, node, suffix) in SkillItems(groups.Children[g]))
                {
                    served.Add(skill);
                    if (!typeIds.Contains(skill))
                    {
                        reader.Report(node, $"agentGroups[{g}].skills{suffix}",
                            $"no contact type has id '{skill}'{KeySuggestions.DidYouMean(skill, typeIds)} (contact types: {string.Join(", ", typeIds)})");
                    }
                }
            }
            var types = Ids(typesNode);
            for (int c = 0; c < types.Count; c++)
            {
                if (!served.Contains(types[c].Id))
                {
                    reader.Report(types[c].Node, $"contactTypes[{c}].id",
                        $"no agent group serves contact type '{types[c].Id}'; add it to the skills of a group");
                }
            }
        }

        private static YamlNode? Child(YamlNode item, string key) =>
            (item as YamlMappingNode)?.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == key).Value;

        private static YamlNode IdNode(YamlNode item) =>
            Child(item, "id") ?? item;

        /// <summary>The contact type ids in a group's skills, read straight from the YAML in either item form, with where each stands.</summary>
        private static IEnumerable<(string Type, YamlNode Node, string PathSuffix)> SkillItems(YamlNode group)
        {
            if (Child(group, "skills") is not YamlSequenceNode skills) yield break;
            for (int s = 0; s < skills.Children.Count; s++)
            {
                var item = skills.Children[s];
                var (node, suffix) = item is YamlMappingNode ? (Child(item, "type"), $"[{s}].type") : (item, $"[{s}]");
                if (node is YamlScalarNode { Value: { Length: > 0 } type }) yield return (type, node, suffix);
            }
        }

        /// <summary>Overflow names backup groups: each must exist, and must not already have the type as a skill.</summary>
        private void CheckOverflow(YamlNode? typesNode, YamlNode? groupsNode)
        {
            if (typesNode is not YamlSequenceNode types || groupsNode is not YamlSequenceNode groups) return;
            var groupIds = Ids(groupsNode).Select(g => g.Id).ToList();
            var skillsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var group in groups.Children)
            {
                if (IdNode(group) is YamlScalarNode { Value: { Length: > 0 } groupId })
                {
                    skillsOf.TryAdd(groupId, [.. SkillItems(group).Select(s => s.Type)]);
                }
            }
            for (int c = 0; c < types.Children.Count; c++)
            {
                string? typeId = (Child(types.Children[c], "id") as YamlScalarNode)?.Value;
                if (Child(types.Children[c], "overflow") is not { } overflow || Child(overflow, "to") is not YamlSequenceNode to) continue;
                var listed = new HashSet<string>(StringComparer.Ordinal);
                for (int k = 0; k < to.Children.Count; k++)
                {
                    if (to.Children[k] is not YamlScalarNode { Value: { Length: > 0 } group }) continue;
                    string path = $"contactTypes[{c}].overflow.to[{k}]";
                    if (!groupIds.Contains(group))
                    {
                        reader.Report(to.Children[k], path,
                            $"no agent group has id '{group}'{KeySuggestions.DidYouMean(group, groupIds)} (agent groups: {string.Join(", ", groupIds)})");
                    }
                    else if (!listed.Add(group))
                    {
                        reader.Report(to.Children[k], path, $"agent group '{group}' is listed twice; list each backup group once");
                    }
                    else if (typeId is not null && skillsOf[group].Contains(typeId))
                    {
                        reader.Report(to.Children[k], path,
                            $"agent group '{group}' already serves '{typeId}' (it is in its skills); overflow lists backup groups that do not");
                    }
                }
            }
        }

        private void CheckTrainingGroups(YamlNode? trainingNode, YamlNode? groupsNode)
        {
            if (trainingNode is not YamlSequenceNode programmes || groupsNode is not YamlSequenceNode) return;
            var groupIds = Ids(groupsNode).Select(g => g.Id).ToList();
            for (int t = 0; t < programmes.Children.Count; t++)
            {
                if (Child(programmes.Children[t], "group") is YamlScalarNode { Value: { Length: > 0 } group } node && !groupIds.Contains(group))
                {
                    reader.Report(node, $"training[{t}].group",
                        $"no agent group has id '{group}'{KeySuggestions.DidYouMean(group, groupIds)} (agent groups: {string.Join(", ", groupIds)})");
                }
            }
        }
    }
}
