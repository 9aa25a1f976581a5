using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>A contact type's keys beyond arrivals and durations: priority, targets, chat concurrency, resolution, redials, overflow and automation.</summary>
public static partial class ScenarioLoader
{
    private static readonly string[] ConcurrencyKeys = ["max", "slowdown"];
    private static readonly string[] ResolutionKeys = ["rate", "repeatAfter"];
    private static readonly string[] RedialKeys = ["share", "after"];
    private static readonly string[] OverflowKeys = ["to", "after"];
    private static readonly string[] AutomationKeys = ["containment", "abandonment", "botTime", "costPerSession", "transferHandleTime", "transferResolutionChange"];

    /// <summary>Chat concurrency beyond this is not a contact centre any planner runs; it also bounds the kernel's per-agent slots.</summary>
    private const int MaxChatConcurrency = 20;

    /// <summary>Priorities are ranks, not weights: a small range keeps typos such as 1e9 out.</summary>
    private const int MaxPriority = 1_000;

    private sealed record ContactPolicies(
        int Priority,
        TimeSpan? AnswerWithin,
        double? ServiceLevelTarget,
        TimeSpan? PoorWaitLimit,
        ChatConcurrency Concurrency,
        ResolutionPolicy Resolution,
        RedialPolicy? Redial,
        OverflowPolicy? Overflow,
        AutomationPolicy? Automation)
    {
        public ContactType ApplyTo(ContactType type) => type with
        {
            Priority = Priority,
            AnswerWithin = AnswerWithin,
            ServiceLevelTarget = ServiceLevelTarget,
            PoorWaitLimit = PoorWaitLimit,
            Concurrency = Concurrency,
            Resolution = Resolution,
            Redial = Redial,
            Overflow = Overflow,
            Automation = Automation,
        };
    }

    private sealed partial class Builder
    {
        /// <summary>The optional policy keys of a contact type, each at its default when absent; null if any is wrong.</summary>
        private ContactPolicies? ReadContactPolicies(Mapping map, Channel? channel)
        {
            long? priority = map.Has("priority") ? reader.Integer(map.Optional("priority"), map.Child("priority"), -MaxPriority, MaxPriority) : 0;
            var answerWithin = map.Has("answerWithin") ? reader.Duration(map.Optional("answerWithin"), map.Child("answerWithin"), positive: false) : null;
            double? target = map.Has("serviceLevelTarget")
                ? reader.Number(map.Optional("serviceLevelTarget"), map.Child("serviceLevelTarget"), 0, 1, minInclusive: false, expectation: "a share in (0, 1], such as 0.90")
                : null;
            var poorWaitLimit = map.Has("poorWaitLimit") ? reader.Duration(map.Optional("poorWaitLimit"), map.Child("poorWaitLimit"), positive: false) : null;
            var concurrency = map.Has("concurrency") ? ReadConcurrency(map.Optional("concurrency"), map.Child("concurrency")) : ChatConcurrency.Single;
            var resolution = map.Has("resolution") ? ReadResolution(map.Optional("resolution"), map.Child("resolution")) : ResolutionPolicy.AlwaysResolved;
            var redial = map.Has("redial") ? ReadRedial(map.Optional("redial"), map.Child("redial")) : null;
            var overflow = map.Has("overflow") ? ReadOverflow(map.Optional("overflow"), map.Child("overflow")) : null;
            var automation = map.Has("automation") ? ReadAutomation(map.Optional("automation"), map.Child("automation")) : null;

            bool misfits = false;
            if (channel == Channel.Email)
            {
                // Email waits in a backlog that carries over: nobody hangs up, so nobody abandons or calls back.
                foreach (var key in new[] { "patience", "redial" }.Where(map.Has))
                {
                    reader.Report(map.Optional(key), map.Child(key), $"email customers do not abandon; remove '{key}'");
                    misfits = true;
                }
            }
            if (channel is not null and not Channel.Chat && map.Has("concurrency"))
            {
                reader.Report(map.Optional("concurrency"), map.Child("concurrency"),
                    $"only chat is handled several at a time, but this type's channel is {YamlReader.CamelCase(channel.Value.ToString())}; remove 'concurrency' or set channel: chat");
                misfits = true;
            }

            bool incomplete = (map.Has("answerWithin") && answerWithin is null) || (map.Has("serviceLevelTarget") && target is null) || (map.Has("poorWaitLimit") && poorWaitLimit is null)
                || (map.Has("redial") && redial is null) || (map.Has("overflow") && overflow is null) || (map.Has("automation") && automation is null);
            if (priority is null || concurrency is null || resolution is null || incomplete || misfits) return null;
            return new ContactPolicies((int)priority.Value, answerWithin, target, poorWaitLimit, concurrency, resolution, redial, overflow, automation);
        }

        private ChatConcurrency? ReadConcurrency(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, ConcurrencyKeys);
            if (map is null) return null;
            long? max = reader.Integer(map.Required("max"), map.Child("max"), 1, MaxChatConcurrency);
            double? slowdown = map.Has("slowdown")
                ? reader.Number(map.Optional("slowdown"), map.Child("slowdown"), 0, double.PositiveInfinity, expectation: "a slowdown per extra chat ≥ 0, such as 0.25")
                : 0;
            return max is null || slowdown is null ? null : new ChatConcurrency((int)max, slowdown.Value);
        }

        private ResolutionPolicy? ReadResolution(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, ResolutionKeys);
            if (map is null) return null;
            double? rate = reader.Number(map.Required("rate"), map.Child("rate"), 0, 1, expectation: "a share in [0, 1], such as 0.8");
            var repeatAfter = map.Has("repeatAfter") ? ReadDelay(map.Optional("repeatAfter"), map.Child("repeatAfter")) : null;
            if (rate < 1 && !map.Has("repeatAfter"))
            {
                reader.Report(map.Node, map.Child("repeatAfter"), "unresolved customers come back: give repeatAfter, such as 2d or { distribution: exponential, mean: 2d }");
                return null;
            }
            if (rate is null || (map.Has("repeatAfter") && repeatAfter is null)) return null;
            return new ResolutionPolicy(rate.Value, repeatAfter);
        }

        private RedialPolicy? ReadRedial(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, RedialKeys);
            if (map is null) return null;
            double? share = reader.Number(map.Required("share"), map.Child("share"), 0, 1, maxInclusive: false, expectation: "a share in [0, 1), such as 0.3");
            var after = ReadDelay(map.Required("after"), map.Child("after"));
            return share is null || after is null ? null : new RedialPolicy(share.Value, after);
        }

        /// <summary>The group ids are checked against the agent groups in <see cref="CheckOverflow"/>, which sees them all.</summary>
        private OverflowPolicy? ReadOverflow(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, OverflowKeys);
            if (map is null) return null;
            List<string>? groups = null;
            if (reader.Sequence(map.Required("to"), map.Child("to"), "a list of agent group ids, such as [backOffice]") is { } sequence)
            {
                groups = [];
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    if (reader.String(sequence.Children[i], $"{map.Child("to")}[{i}]") is string group) groups.Add(group);
                }
                if (groups.Count < sequence.Children.Count) groups = null;
            }
            var after = reader.Duration(map.Required("after"), map.Child("after"), positive: false);
            if (groups is null || after is null) return null;
            return new OverflowPolicy(groups, after.Value);
        }

        private AutomationPolicy? ReadAutomation(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, AutomationKeys);
            if (map is null) return null;
            double? containment = reader.Number(map.Required("containment"), map.Child("containment"), 0, 1, expectation: "a share in [0, 1], such as 0.3");
            double? abandonment = map.Has("abandonment")
                ? reader.Number(map.Optional("abandonment"), map.Child("abandonment"), 0, 1, expectation: "a share in [0, 1], such as 0.05")
                : 0;
            var botTime = ReadDelay(map.Required("botTime"), map.Child("botTime"));
            double? costPerSession = map.Has("costPerSession")
                ? reader.Number(map.Optional("costPerSession"), map.Child("costPerSession"), 0, double.PositiveInfinity, expectation: "a cost per bot session ≥ 0, such as 0.40")
                : 0;
            var transferHandleTime = map.Has("transferHandleTime")
                ? ReadSignedDuration(map.Optional("transferHandleTime"), map.Child("transferHandleTime"))
                : TimeSpan.Zero;
            double? transferResolutionChange = map.Has("transferResolutionChange")
                ? reader.Number(map.Optional("transferResolutionChange"), map.Child("transferResolutionChange"), -1, 1, expectation: "a change of rate in [-1, 1], such as 0.05")
                : 0;
            if (containment + abandonment > 1)
            {
                string key = map.Has("abandonment") ? "abandonment" : "containment";
                reader.Report(map.Optional(key), map.Child(key),
                    $"expected containment + abandonment ≤ 1 (the rest reach an agent), but found {containment:R} + {abandonment:R}");
                return null;
            }
            if (containment is null || abandonment is null || botTime is null || costPerSession is null || transferHandleTime is null || transferResolutionChange is null)
            {
                return null;
            }
            return new AutomationPolicy(containment.Value, abandonment.Value, botTime, costPerSession.Value, transferHandleTime.Value, transferResolutionChange.Value);
        }

        /// <summary>A delay before a contact comes back or leaves a bot: a distribution, or a plain duration meaning an exponential one with that mean.</summary>
        private DurationDistribution? ReadDelay(YamlNode? node, string path) =>
            node is YamlScalarNode
                ? reader.Duration(node, path, positive: true) is TimeSpan mean ? DurationDistribution.Exponential(mean) : null
                : ReadDistribution(node, path, allowZero: false);

        /// <summary>A duration that may be negative ("-20s" saves time, "+30s" adds it); the unit parser reads only magnitudes.</summary>
        private TimeSpan? ReadSignedDuration(YamlNode? node, string path)
        {
            if (node is null) return null;
            string text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
            bool negative = text.StartsWith('-');
            string unsigned = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
            if (unsigned.StartsWith('-') || unsigned.StartsWith('+') || !UnitParser.TryParseDuration(unsigned, out var magnitude, out _))
            {
                reader.Report(node, path, $"expected a signed duration with a unit, such as +30s, -20s or 0s, but found {YamlReader.Describe(node)}");
                return null;
            }
            return negative ? -magnitude : magnitude;
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
    }
}
