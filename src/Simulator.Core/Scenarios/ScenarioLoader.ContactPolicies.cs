using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>A contact type's keys beyond arrivals and durations: priority, targets, chat concurrency, resolution, redials, overflow and automation.</summary>
public static partial class ScenarioLoader
{
    private sealed partial class Builder
    {
        /// <summary>The optional policy keys of a contact type, each at its default when absent.</summary>
        private ContactType ReadContactPolicies(MappingReader map, ContactType type)
        {
            bool email = map.Valid("channel") && type.Channel == Channel.Email;
            bool notChat = map.Valid("channel") && type.Channel != Channel.Chat;
            return type with
            {
                Priority = map.Optional("priority", WholeNumber(-ContactType.MaxPriority, ContactType.MaxPriority), 0),
                AnswerWithin = map.Optional("answerWithin", Duration(positive: false)),
                ServiceLevelTarget = map.Optional("serviceLevelTarget", Share(zero: false, one: true, "0.90")),
                PoorWaitLimit = map.Optional("poorWaitLimit", Duration(positive: false)),
                Concurrency = map.Optional("concurrency", RefusedIf(notChat,
                    $"only chat is handled several at a time, but this type's channel is {YamlReader.CamelCase(type.Channel.ToString())}; remove " +
                        $"'concurrency' or set channel: chat",
                    Mapping(ReadConcurrency)), ChatConcurrency.Single),
                Resolution = map.Optional("resolution", Mapping(ReadResolution), ResolutionPolicy.AlwaysResolved),
                Redial = map.Optional("redial", RefusedIf(email, "email customers do not abandon; remove 'redial'", Mapping(ReadRedial))),
                Overflow = map.Optional("overflow", Mapping(ReadOverflow)),
                Automation = map.Optional("automation", Mapping(ReadAutomation)),
            };
        }

        private ChatConcurrency? ReadConcurrency(MappingReader map) =>
            new(map.Required("max", WholeNumber(1, ChatConcurrency.MaxChats)),
                map.Optional("slowdown", Number(0, double.PositiveInfinity, "a slowdown per extra chat ≥ 0, such as 0.25"), 0));

        private ResolutionPolicy? ReadResolution(MappingReader map)
        {
            double rate = map.Required("rate", Share(zero: true, one: true, "0.8"));
            var repeatAfter = map.Optional("repeatAfter", Delay);
            if (map.Valid("rate") && rate < 1 && !map.Has("repeatAfter"))
            {
                map.Report("repeatAfter", "unresolved customers come back: give repeatAfter, such as 2d or { distribution: exponential, mean: 2d }");
            }
            return new ResolutionPolicy(rate, repeatAfter);
        }

        private RedialPolicy? ReadRedial(MappingReader map) =>
            new(map.Required("share", Share(zero: true, one: false, "0.3")),
                map.Required("after", Delay));

        /// <summary>The group ids are checked against the agent groups in <see cref="CheckOverflow"/>, which sees them all.</summary>
        private OverflowPolicy? ReadOverflow(MappingReader map) =>
            new(map.Required("to", Texts("a list of agent group ids, such as [backOffice]")),
                map.Required("after", Duration(positive: false)));

        private AutomationPolicy? ReadAutomation(MappingReader map)
        {
            double containment = map.Required("containment", Share(zero: true, one: true, "0.3"));
            double abandonment = map.Optional("abandonment", Share(zero: true, one: true, "0.05"), 0);
            var botTime = map.Required("botTime", Delay);
            double costPerSession = map.Optional("costPerSession",
                Number(0, CostPolicy.MaxAmount, $"a cost per bot session from 0 to {CostPolicy.MaxAmount:N0}, such as 0.40"), 0);
            var transferHandleTime = map.Optional("transferHandleTime", SignedDuration, TimeSpan.Zero);
            double transferResolutionChange = map.Optional("transferResolutionChange", Number(-1, 1, "a change of rate in [-1, 1], such as 0.05"), 0);
            if (map.Valid("containment", "abandonment") && containment + abandonment > 1)
            {
                map.Report(map.Has("abandonment") ? "abandonment" : "containment",
                    $"expected containment + abandonment ≤ 1 (the rest reach an agent), but found {containment:R} + {abandonment:R}");
            }
            return new AutomationPolicy(containment, abandonment, botTime, costPerSession, transferHandleTime, transferResolutionChange);
        }

        /// <summary>A delay before a contact comes back or leaves a bot: a distribution, or a plain duration meaning an exponential one with that
        /// mean.</summary>
        private DurationDistribution? Delay(YamlNode node, string path) =>
            node is YamlScalarNode
                ? reader.Duration(node, path, positive: true) is TimeSpan mean ? DurationDistribution.Exponential(mean) : null
                : Distribution(allowZero: false)(node, path);

        /// <summary>A duration that may be negative ("-20s" saves time, "+30s" adds it); the unit parser reads only magnitudes.</summary>
        private TimeSpan? SignedDuration(YamlNode node, string path)
        {
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

        /// <summary>A non-empty list of non-empty texts; null if any item is wrong.</summary>
        private Func<YamlNode, string, ValueList<string>?> Texts(string expectation) =>
            List(expectation, reader.String);
    }
}
