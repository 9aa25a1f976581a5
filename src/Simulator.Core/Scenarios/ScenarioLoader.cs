using System.Globalization;
using Simulator.Core.Analytics;
using Simulator.Core.Units;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Reads a scenario YAML file into a validated <see cref="Scenario"/>, or throws a
/// <see cref="ScenarioException"/> listing every problem with file, line, column and key.
/// Nothing is returned from a half-read file.
/// </summary>
public static partial class ScenarioLoader
{
    /// <summary>Reads the base scenario (its variants are checked too, and must be valid).</summary>
    public static Scenario Load(string path) => LoadWithVariants(path).Base;

    /// <summary>Reads the base scenario and its named variants.</summary>
    public static ScenarioFile LoadWithVariants(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ScenarioException([new ScenarioDiagnostic(path, 1, 1, "",
                "cannot read the scenario file: it is a directory; give the path of a .yaml file")]);
        }
        string text;
        try
        {
            text = InputFile.ReadText(path, InputFile.MaxScenarioBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new ScenarioException([new ScenarioDiagnostic(path, 1, 1, "", $"cannot read the scenario file: {reason}")]);
        }
        return ParseWithVariants(text, path);
    }

    /// <summary>Parses scenario text; <paramref name="file"/> names it in messages and anchors relative paths.</summary>
    public static Scenario Parse(string text, string file) => ParseWithVariants(text, file).Base;

    /// <summary>Parses scenario text with its variants: each variant's keys override the base's (see <see cref="Variants"/>).</summary>
    public static ScenarioFile ParseWithVariants(string text, string file)
    {
        var reader = new YamlReader(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            if (message.StartsWith('(')) message = message[(message.IndexOf(')') + 1)..].TrimStart(' ', ':');
            throw new ScenarioException([new ScenarioDiagnostic(file, (int)e.Start.Line, (int)e.Start.Column, "", $"malformed YAML: {message}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no position, on some unterminated flow collections.
            var (line, column, bracket) = UnclosedBracket(text);
            throw new ScenarioException([new ScenarioDiagnostic(file, line, column, "",
                bracket is char open ? $"malformed YAML: '{open}' is never closed" : "malformed YAML: the file could not be parsed")]);
        }

        if (stream.Documents.Count == 0 || YamlReader.IsNull(stream.Documents[0].RootNode))
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, 1, 1, "",
                "the scenario file is empty; expected a mapping with name, horizon, serviceLevel, contactTypes and agentGroups")]);
        }

        if (stream.Documents.Count > 1)
        {
            // A second document ('---' then more keys) would otherwise be ignored without a word.
            var second = stream.Documents[1].RootNode.Start;
            throw new ScenarioException([new ScenarioDiagnostic(file, (int)second.Line, (int)second.Column, "",
                "a scenario file holds one YAML document, but a second one starts here (after '---'); put variants under 'variants:' or in another file")]);
        }

        string directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var root = stream.Documents[0].RootNode;
        var (scenario, variantList, scenarioKeys) = new Builder(reader, directory).ReadBase(root);
        var variants = scenario is null || variantList is null
            ? []
            : Variants.Read(reader, root, variantList, scenario, scenarioKeys,
                (merged, variantReader) => new Builder(variantReader, directory).ReadVariant(merged));
        if (reader.Diagnostics.Count > 0 || scenario is null)
        {
            throw new ScenarioException([.. reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]);
        }
        return new ScenarioFile(
            scenario with { SourcePath = file },
            [.. variants.Select(v => v with { Scenario = v.Scenario with { SourcePath = file } })]);
    }

    /// <summary>Where the first '{' or '[' that is never closed stands, outside quotes and comments.</summary>
    private static (int Line, int Column, char? Bracket) UnclosedBracket(string text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        int line = 1, column = 0;
        char? quote = null;
        bool comment = false;
        foreach (char c in text)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                comment = false;
                continue;
            }
            if (comment) continue;
            if (quote is not null)
            {
                if (c == quote) quote = null;
                continue;
            }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '#': comment = true; break;
                case '{' or '[': open.Push((line, column, c)); break;
                case '}' or ']' when open.Count > 0: open.Pop(); break;
            }
        }
        if (open.Count == 0) return (1, 1, null);
        var first = open.Reverse().First();
        return (first.Line, first.Column, first.Bracket);
    }

    private sealed partial class Builder(YamlReader reader, string baseDirectory)
    {
        /// <summary>
        /// The base scenario, and its <c>variants</c> list for <see cref="Variants"/> to read once the base is
        /// known to be valid, with the keys a scenario allows.
        /// </summary>
        public (Scenario? Scenario, YamlSequenceNode? Variants, IReadOnlyList<string> Keys) ReadBase(YamlNode root)
        {
            YamlSequenceNode? variants = null;
            IReadOnlyList<string> keys = [];
            var scenario = reader.Mapping(root, "", top =>
            {
                var read = ReadScenario(top);
                variants = top.Optional("variants",
                    (node, path) => reader.Sequence(node, path, "a list of variants, each with 'variant: ID' and the keys it changes"));
                keys = top.Known;
                return read;
            });
            return (scenario, variants, keys);
        }

        /// <summary>
        /// A variant merged into its base: a whole scenario of its own, which holds no variants. It allows
        /// the base's keys, so that a problem the base shares is reported once, for the base.
        /// </summary>
        public Scenario? ReadVariant(YamlNode merged) =>
            reader.Mapping(merged, "", top =>
            {
                var read = ReadScenario(top);
                top.Optional("variants", Refused<YamlNode>("a variant cannot hold variants of its own; list every variant under the base's 'variants'"));
                return read;
            });

        private Scenario? ReadScenario(MappingReader top)
        {
            string name = top.Required("name", reader.String);
            long seed = top.Optional("seed", (node, path) => reader.Integer(node, path, 0), Scenario.DefaultSeed);
            int replications = top.Optional("replications", WholeNumber(1, Scenario.MaxReplications), Scenario.DefaultReplications);
            Horizon? horizon = top.Required("horizon", Mapping(ReadHorizon));
            var serviceLevel = top.Required("serviceLevel", Mapping(ReadServiceLevel));
            double? maxOccupancy = top.Optional("maxOccupancy", Share(zero: false, one: true, "0.85"));
            var contactTypes = top.Required("contactTypes", List("a list of contact types", Mapping<ContactType>(map => ReadContactType(map, horizon))));
            var agentGroups = top.Required("agentGroups", List("a list of agent groups", Mapping<AgentGroup>(map => ReadAgentGroup(map, horizon))));
            var scenario = new Scenario(name, seed, replications, horizon!, serviceLevel, maxOccupancy, contactTypes, agentGroups)
            {
                Customers = top.Optional("customers", Mapping(ReadCustomers), CustomerPolicy.Default),
                Routing = top.Optional("routing", Mapping(ReadRouting), RoutingPolicy.Default),
                Currency = top.Optional<string>("currency", CurrencyCode),
                Costs = top.Optional("costs", Mapping(ReadCosts), CostPolicy.None),
                Training = top.Optional("training",
                    List("a list of training programmes", Mapping<TrainingProgramme>(map => ReadTraining(map, horizon)), allowEmpty: true), []),
            };
            CheckIds(top.Node("contactTypes"), "contactTypes");
            CheckIds(top.Node("agentGroups"), "agentGroups");
            CheckIds(top.Node("training"), "training");
            CheckSkills(top.Node("agentGroups"), top.Node("contactTypes"));
            CheckOverflow(top.Node("contactTypes"), top.Node("agentGroups"));
            CheckTrainingGroups(top.Node("training"), top.Node("agentGroups"));
            if (!top.Failed) CheckContacts(top, scenario);
            return top.Failed ? null : scenario;
        }

        /// <summary>The expected contacts of one replication stay within <see cref="Scenario.MaxContactsPerReplication"/>.</summary>
        private static void CheckContacts(MappingReader top, Scenario scenario)
        {
            double contacts = scenario.ExpectedContactsPerReplication();
            if (contacts > Scenario.MaxContactsPerReplication)
            {
                top.Report("contactTypes", $"the arrivals bring {(double.IsFinite(contacts) ? $"about {contacts:N0}" : "an unbounded number of")} contacts " +
                                           $"per replication over the horizon, more than the limit of {Scenario.MaxContactsPerReplication:N0}; " +
                                           "lower the volumes or rates, or simulate fewer days");
            }
        }

        private CustomerPolicy? ReadCustomers(MappingReader map) =>
            new(map.Optional("poorWaitLimit", Duration(positive: false), CustomerPolicy.DefaultPoorWaitLimit));

        private RoutingPolicy? ReadRouting(MappingReader map) =>
            new(map.Optional("agents", Choice<AgentSelection>(), RoutingPolicy.Default.Agents),
                map.Optional("contacts", Choice<ContactSelection>(), RoutingPolicy.Default.Contacts));

        private CostPolicy? ReadCosts(MappingReader map) =>
            new(map.Optional("telephonyPerMinute", Number(0, CostPolicy.MaxAmount,
                $"a cost per minute on the line from 0 to {CostPolicy.MaxAmount:N0}, such as 0.02"), 0),
                map.Optional("fixedPerDay", Number(0, CostPolicy.MaxAmount, $"a cost per day from 0 to {CostPolicy.MaxAmount:N0}, such as 1500"), 0));

        private Horizon? ReadHorizon(MappingReader map)
        {
            var start = map.Required("start", reader.Clock);
            var end = map.Required("end", reader.Clock);
            var interval = map.Required("interval", Duration(positive: true));
            int days = map.Optional("days", WholeNumber(1, Horizon.MaxDays), Horizon.DefaultDays);
            var warmup = map.Optional("warmup", Duration(positive: false), TimeSpan.Zero);
            DateOnly? startDate = map.Optional("startDate", reader.Date);
            var openingHours = map.Optional("openingHours", Mapping(ReadOpeningHours), []);
            var closedDates = map.Optional("closedDates", DateList, []);
            if (map.Failed) return null;

            if (end <= start)
            {
                map.Report("end", $"the day must end after it starts ({UnitParser.FormatClock(start)}); use 24:00 for midnight");
                return null;
            }
            double intervals = (end - start) / interval;
            if (Math.Abs(intervals - Math.Round(intervals)) > 1e-9)
            {
                map.Report("interval", $"the opening hours {UnitParser.FormatClock(start)}–{UnitParser.FormatClock(end)} are not a whole number of " +
                    $"{UnitParser.FormatDuration(interval)} intervals");
                return null;
            }
            double total = Math.Round(intervals) * days;
            if (total > Horizon.MaxIntervals)
            {
                map.Report("interval",
                    $"{UnitParser.FormatDuration(interval)} intervals over {days:N0} day{(days == 1 ? "" : "s")} make {total:N0} intervals, " +
                                       $"more than the limit of {Horizon.MaxIntervals:N0}; use longer intervals or fewer days");
                return null;
            }
            var horizon = new Horizon(start, end, interval, days, warmup) { StartDate = startDate, OpeningHours = openingHours, ClosedDates = closedDates };
            if (warmup >= horizon.Length)
            {
                map.Report("warmup", $"the warm-up ({UnitParser.FormatDuration(warmup)}) must end before the horizon does, " +
                                     $"{UnitParser.FormatDuration(horizon.Length)} after the first opening; otherwise no contact is counted");
                return null;
            }
            return CheckCalendar(map, horizon) ? horizon : null;
        }

        private ServiceLevelPolicy? ReadServiceLevel(MappingReader map) =>
            new(map.Required("target", Share(zero: false, one: true, "0.80")),
                map.Required("answerWithin", Duration(positive: false)),
                map.Optional("definition", Choice<ServiceLevelDefinition>(), ServiceLevelDefinition.Offered),
                map.Optional("shortAbandonLimit", Duration(positive: false), ServiceLevelGoal.DefaultShortAbandonLimit));

        /// <summary>A list with one value per interval of a day (repeated daily) or per interval of the whole horizon.</summary>
        private Func<YamlNode, string, ValueList<T>?> PerInterval<T>(Horizon? horizon, string expectation, Func<YamlNode, string, T?> readItem)
            where T : struct =>
            (node, path) =>
            {
                var sequence = reader.Sequence(node, path, expectation);
                if (sequence is null) return null;
                var values = new List<T>(sequence.Children.Count);
                bool failed = false;
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    if (readItem(sequence.Children[i], $"{path}[{i}]") is T value) values.Add(value); else failed = true;
                }
                int count = sequence.Children.Count;
                if (horizon is not null && count != horizon.IntervalsPerDay && count != horizon.TotalIntervals)
                {
                    string perHorizon = horizon.Days > 1 ? $" (or {horizon.TotalIntervals}, one per interval of all {horizon.Days} days)" : "";
                    reader.Report(node, path,
                        $"expected {horizon.IntervalsPerDay} values, one per {UnitParser.FormatDuration(horizon.Interval)} interval from " +
                            $"{UnitParser.FormatClock(horizon.Start)} to {UnitParser.FormatClock(horizon.End)}{perHorizon}, but found " +
                                $"{sequence.Children.Count}");
                    return null;
                }
                return failed ? null : values.ToValueList();
            };
    }
}
