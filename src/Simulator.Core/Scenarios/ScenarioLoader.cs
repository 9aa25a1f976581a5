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
    private static readonly string[] TopKeys =
        ["name", "seed", "replications", "horizon", "serviceLevel", "maxOccupancy", "customers", "routing", "costs", "contactTypes", "agentGroups", "training", "variants"];

    /// <summary>What a variant may change: every top-level key but the variants themselves.</summary>
    internal static readonly string[] VariantKeys = ["variant", .. TopKeys.Where(k => k != "variants")];
    private static readonly string[] HorizonKeys = ["start", "end", "interval", "days", "warmup"];
    private static readonly string[] ServiceLevelKeys = ["target", "answerWithin", "definition", "shortAbandonLimit"];
    private static readonly string[] CustomerKeys = ["poorWaitLimit"];
    private static readonly string[] RoutingKeys = ["agents", "contacts"];
    private static readonly string[] CostKeys = ["telephonyPerMinute", "fixedPerDay"];
    private static readonly string[] ContactTypeKeys =
        ["id", "channel", "arrivals", "handleTime", "wrapUp", "patience", "priority", "answerWithin", "serviceLevelTarget", "poorWaitLimit", "concurrency", "resolution", "redial", "overflow", "automation"];
    private static readonly string[] ArrivalKeys = ["rate", "volumes"];
    private static readonly string[] DistributionKeys = ["distribution", "mean", "cv", "values", "file"];
    private static readonly string[] AgentGroupKeys = ["id", "agents", "shifts", "shrinkage", "costPerHour", "skills", "overtime", "tenureMonths", "learningCurve"];

    /// <summary>Reads the base scenario (its variants are checked too, and must be valid).</summary>
    public static Scenario Load(string path) => LoadWithVariants(path).Base;

    /// <summary>Reads the base scenario and its named variants.</summary>
    public static ScenarioFile LoadWithVariants(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ScenarioException([new ScenarioDiagnostic(path, 1, 1, "", "cannot read the scenario file: it is a directory; give the path of a .yaml file")]);
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
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
            throw new ScenarioException([new ScenarioDiagnostic(file, 1, 1, "", "the scenario file is empty; expected a mapping with name, horizon, serviceLevel, contactTypes and agentGroups")]);
        }

        string directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var root = stream.Documents[0].RootNode;
        var scenario = new Builder(reader, directory).Read(root);
        var variants = scenario is null ? [] : Variants.Read(reader, root, scenario, (merged, variantReader) => new Builder(variantReader, directory).Read(merged));
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
        public Scenario? Read(YamlNode root)
        {
            var top = reader.Mapping(root, "", TopKeys);
            if (top is null) return null;

            string? name = reader.String(top.Required("name"), "name");
            long seed = top.Has("seed") ? reader.Integer(top.Optional("seed"), "seed", 0) ?? 0 : Scenario.DefaultSeed;
            int replications = top.Has("replications")
                ? (int)(reader.Integer(top.Optional("replications"), "replications", 1, 1_000_000) ?? 1)
                : Scenario.DefaultReplications;
            var horizon = ReadHorizon(top.Required("horizon"));
            var serviceLevel = ReadServiceLevel(top.Required("serviceLevel"));
            double? maxOccupancy = top.Has("maxOccupancy")
                ? reader.Number(top.Optional("maxOccupancy"), "maxOccupancy", 0, 1, minInclusive: false, expectation: "a share in (0, 1], such as 0.85")
                : null;
            var customers = top.Has("customers") ? ReadCustomers(top.Optional("customers")) : CustomerPolicy.Default;
            var routing = top.Has("routing") ? ReadRouting(top.Optional("routing")) : RoutingPolicy.Default;
            var costs = top.Has("costs") ? ReadCosts(top.Optional("costs")) : CostPolicy.None;
            var contactTypes = ReadList(top.Required("contactTypes"), "contactTypes", "a list of contact types", (node, path) => ReadContactType(node, path, horizon));
            var agentGroups = ReadList(top.Required("agentGroups"), "agentGroups", "a list of agent groups", (node, path) => ReadAgentGroup(node, path, horizon));
            var training = top.Has("training")
                ? ReadList(top.Optional("training"), "training", "a list of training programmes", (node, path) => ReadTraining(node, path, horizon), allowEmpty: true)
                : [];
            CheckIds(top.Optional("contactTypes"), "contactTypes");
            CheckIds(top.Optional("agentGroups"), "agentGroups");
            CheckIds(top.Optional("training"), "training");
            CheckSkills(top.Optional("agentGroups"), top.Optional("contactTypes"));
            CheckOverflow(top.Optional("contactTypes"), top.Optional("agentGroups"));
            CheckTrainingGroups(top.Optional("training"), top.Optional("agentGroups"));

            if (name is null || horizon is null || serviceLevel is null || contactTypes is null || agentGroups is null) return null;
            if (customers is null || routing is null || costs is null || training is null) return null;
            return new Scenario(name, seed, replications, horizon, serviceLevel, maxOccupancy, contactTypes, agentGroups)
            {
                Customers = customers,
                Routing = routing,
                Costs = costs,
                Training = training,
            };
        }

        private CustomerPolicy? ReadCustomers(YamlNode? node)
        {
            var map = reader.Mapping(node, "customers", CustomerKeys);
            if (map is null) return null;
            var poorWaitLimit = map.Has("poorWaitLimit")
                ? reader.Duration(map.Optional("poorWaitLimit"), map.Child("poorWaitLimit"), positive: false)
                : CustomerPolicy.DefaultPoorWaitLimit;
            return poorWaitLimit is null ? null : new CustomerPolicy(poorWaitLimit.Value);
        }

        private RoutingPolicy? ReadRouting(YamlNode? node)
        {
            var map = reader.Mapping(node, "routing", RoutingKeys);
            if (map is null) return null;
            var agents = map.Has("agents") ? reader.Choice<AgentSelection>(map.Optional("agents"), map.Child("agents")) : RoutingPolicy.Default.Agents;
            var contacts = map.Has("contacts") ? reader.Choice<ContactSelection>(map.Optional("contacts"), map.Child("contacts")) : RoutingPolicy.Default.Contacts;
            return agents is null || contacts is null ? null : new RoutingPolicy(agents.Value, contacts.Value);
        }

        private CostPolicy? ReadCosts(YamlNode? node)
        {
            var map = reader.Mapping(node, "costs", CostKeys);
            if (map is null) return null;
            double? telephony = map.Has("telephonyPerMinute")
                ? reader.Number(map.Optional("telephonyPerMinute"), map.Child("telephonyPerMinute"), 0, double.PositiveInfinity, expectation: "a cost per minute on the line ≥ 0, such as 0.02")
                : 0;
            double? fixedPerDay = map.Has("fixedPerDay")
                ? reader.Number(map.Optional("fixedPerDay"), map.Child("fixedPerDay"), 0, double.PositiveInfinity, expectation: "a cost per day ≥ 0, such as 1500")
                : 0;
            return telephony is null || fixedPerDay is null ? null : new CostPolicy(telephony.Value, fixedPerDay.Value);
        }

        private Horizon? ReadHorizon(YamlNode? node)
        {
            const string path = "horizon";
            if (node is null) return null;
            var map = reader.Mapping(node, path, HorizonKeys);
            if (map is null) return null;
            var start = reader.Clock(map.Required("start"), map.Child("start"));
            var end = reader.Clock(map.Required("end"), map.Child("end"));
            var interval = reader.Duration(map.Required("interval"), map.Child("interval"), positive: true);
            int days = map.Has("days") ? (int)(reader.Integer(map.Optional("days"), map.Child("days"), 1, 3_660) ?? 1) : Horizon.DefaultDays;
            var warmup = map.Has("warmup") ? reader.Duration(map.Optional("warmup"), map.Child("warmup"), positive: false) : TimeSpan.Zero;
            if (start is null || end is null || interval is null || warmup is null) return null;

            if (end <= start)
            {
                reader.Report(map.Optional("end"), map.Child("end"), $"the day must end after it starts ({UnitParser.FormatClock(start.Value)}); use 24:00 for midnight");
                return null;
            }
            double intervals = (end.Value - start.Value) / interval.Value;
            if (Math.Abs(intervals - Math.Round(intervals)) > 1e-9)
            {
                reader.Report(map.Optional("interval"), map.Child("interval"),
                    $"the opening hours {UnitParser.FormatClock(start.Value)}–{UnitParser.FormatClock(end.Value)} are not a whole number of {UnitParser.FormatDuration(interval.Value)} intervals");
                return null;
            }
            return new Horizon(start.Value, end.Value, interval.Value, days, warmup.Value);
        }

        private ServiceLevelPolicy? ReadServiceLevel(YamlNode? node)
        {
            const string path = "serviceLevel";
            if (node is null) return null;
            var map = reader.Mapping(node, path, ServiceLevelKeys);
            if (map is null) return null;
            double? target = reader.Number(map.Required("target"), map.Child("target"), 0, 1, minInclusive: false, expectation: "a share in (0, 1], such as 0.80");
            var answerWithin = reader.Duration(map.Required("answerWithin"), map.Child("answerWithin"), positive: false);
            var definition = map.Has("definition")
                ? reader.Choice<ServiceLevelDefinition>(map.Optional("definition"), map.Child("definition"))
                : ServiceLevelDefinition.Offered;
            var shortAbandon = map.Has("shortAbandonLimit")
                ? reader.Duration(map.Optional("shortAbandonLimit"), map.Child("shortAbandonLimit"), positive: false)
                : ServiceLevelGoal.DefaultShortAbandonLimit;
            if (target is null || answerWithin is null || definition is null || shortAbandon is null) return null;
            return new ServiceLevelPolicy(target.Value, answerWithin.Value, definition.Value, shortAbandon.Value);
        }

        private ContactType? ReadContactType(YamlNode node, string path, Horizon? horizon)
        {
            var map = reader.Mapping(node, path, ContactTypeKeys);
            if (map is null) return null;
            string? id = reader.String(map.Required("id"), map.Child("id"));
            var channel = map.Has("channel") ? reader.Choice<Channel>(map.Optional("channel"), map.Child("channel")) : Channel.Voice;
            var arrivals = ReadArrivals(map.Required("arrivals"), map.Child("arrivals"), horizon);
            var handleTime = ReadDistribution(map.Required("handleTime"), map.Child("handleTime"), allowZero: false);
            var wrapUp = map.Has("wrapUp") ? ReadDistribution(map.Optional("wrapUp"), map.Child("wrapUp"), allowZero: true) : null;
            var patience = map.Has("patience") ? ReadDistribution(map.Optional("patience"), map.Child("patience"), allowZero: false) : null;
            var policies = ReadContactPolicies(map, channel);
            bool incomplete = (map.Has("wrapUp") && wrapUp is null) || (map.Has("patience") && patience is null);
            if (id is null || channel is null || arrivals is null || handleTime is null || incomplete || policies is null) return null;
            var contactType = policies.ApplyTo(new ContactType(id, channel.Value, arrivals, handleTime, wrapUp, patience));
            if (horizon is not null)
            {
                double peak = Enumerable.Range(0, horizon.TotalIntervals).Max(i => arrivals.VolumeIn(i, horizon))
                    * contactType.AverageHandleTime.TotalSeconds / horizon.Interval.TotalSeconds;
                if (peak > IntervalWorkload.MaxTrafficIntensity)
                {
                    reader.Report(map.Optional("arrivals"), map.Child("arrivals"),
                        $"the busiest interval carries {peak:G3} Erlangs; the models staff up to {IntervalWorkload.MaxTrafficIntensity:0e0} Erlangs (a billion agents)");
                    return null;
                }
            }
            return contactType;
        }

        private ArrivalPattern? ReadArrivals(YamlNode? node, string path, Horizon? horizon)
        {
            if (node is null) return null;
            var map = reader.Mapping(node, path, ArrivalKeys);
            if (map is null) return null;
            if (map.Has("rate") == map.Has("volumes"))
            {
                reader.Report(node, path, "expected exactly one of 'rate' (such as 0.3/s) or 'volumes' (a count per interval)");
                return null;
            }
            if (map.Has("rate"))
            {
                return reader.Rate(map.Optional("rate"), map.Child("rate")) is double rate ? new ConstantRate(rate) : null;
            }
            var volumes = ReadPerInterval(map.Optional("volumes"), map.Child("volumes"), horizon, "a list of contact counts, one per interval",
                (item, itemPath) => reader.Number(item, itemPath, 0, double.PositiveInfinity, expectation: "a contact count ≥ 0"));
            return volumes is null ? null : new IntervalVolumes(volumes);
        }

        /// <summary>A list with one value per interval of a day (repeated daily) or per interval of the whole horizon.</summary>
        private List<T>? ReadPerInterval<T>(YamlNode? node, string path, Horizon? horizon, string expectation, Func<YamlNode, string, T?> readItem)
            where T : struct
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
                    $"expected {horizon.IntervalsPerDay} values, one per {UnitParser.FormatDuration(horizon.Interval)} interval from {UnitParser.FormatClock(horizon.Start)} to {UnitParser.FormatClock(horizon.End)}{perHorizon}, but found {sequence.Children.Count}");
                return null;
            }
            return failed ? null : values;
        }

        private DurationDistribution? ReadDistribution(YamlNode? node, string path, bool allowZero)
        {
            if (node is null) return null;
            var map = reader.Mapping(node, path, DistributionKeys);
            if (map is null) return null;
            var family = map.Has("distribution")
                ? reader.Choice<DistributionFamily>(map.Optional("distribution"), map.Child("distribution"))
                : DistributionFamily.Exponential;
            if (family is null) return null;

            if (family == DistributionFamily.Empirical)
            {
                foreach (var key in new[] { "mean", "cv" }.Where(map.Has))
                {
                    reader.Report(map.Optional(key), map.Child(key), $"an empirical distribution takes its {key} from its data; remove '{key}'");
                }
                if (map.Has("values") == map.Has("file"))
                {
                    reader.Report(node, path, "an empirical distribution needs exactly one of 'values' (a list of durations) or 'file' (a one-column CSV of durations)");
                    return null;
                }
                var samples = map.Has("values")
                    ? ReadSamples(map.Optional("values"), map.Child("values"))
                    : ReadSampleFile(map.Optional("file"), map.Child("file"));
                if (samples is null || map.Has("mean") || map.Has("cv")) return null;
                var mean = UnitParser.FromSeconds(samples.Average(s => s.TotalSeconds));
                if (!allowZero && mean <= TimeSpan.Zero)
                {
                    reader.Report(node, path, "the empirical durations must average more than zero");
                    return null;
                }
                return new DurationDistribution(DistributionFamily.Empirical, mean, null, samples);
            }

            foreach (var key in new[] { "values", "file" }.Where(map.Has))
            {
                reader.Report(map.Optional(key), map.Child(key), $"'{key}' belongs to an empirical distribution, not {YamlReader.CamelCase(family.Value.ToString())}");
            }
            var meanValue = reader.Duration(map.Required("mean"), map.Child("mean"), positive: !allowZero);
            double? cv = null;
            bool needsCv = family is DistributionFamily.Lognormal or DistributionFamily.Gamma;
            if (needsCv)
            {
                cv = reader.Number(map.Required("cv"), map.Child("cv"), 0, 100, minInclusive: false, expectation: "a coefficient of variation > 0, such as 0.8");
                if (cv is null) return null;
            }
            else if (map.Has("cv"))
            {
                reader.Report(map.Optional("cv"), map.Child("cv"), $"a {YamlReader.CamelCase(family.Value.ToString())} distribution takes no 'cv' (only lognormal and gamma do)");
                return null;
            }
            if (needsCv && meanValue == TimeSpan.Zero)
            {
                reader.Report(map.Optional("mean"), map.Child("mean"), $"a {YamlReader.CamelCase(family.Value.ToString())} distribution needs a mean greater than zero; for no wrap-up, leave 'wrapUp' out");
                return null;
            }
            if (meanValue is null || map.Has("values") || map.Has("file")) return null;
            return new DurationDistribution(family.Value, meanValue.Value, cv);
        }

        private List<TimeSpan>? ReadSamples(YamlNode? node, string path)
        {
            var sequence = reader.Sequence(node, path, "a list of durations, such as [120s, 300s, 5m]");
            if (sequence is null) return null;
            var samples = new List<TimeSpan>();
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                if (reader.Duration(sequence.Children[i], $"{path}[{i}]", positive: false) is TimeSpan sample) samples.Add(sample);
            }
            return samples.Count == sequence.Children.Count ? samples : null;
        }

        /// <summary>A one-column CSV: durations with units, or plain numbers of seconds; a header line is allowed.</summary>
        private List<TimeSpan>? ReadSampleFile(YamlNode? node, string path)
        {
            string? relative = reader.String(node, path);
            if (relative is null) return null;
            string full = Path.IsPathRooted(relative) ? relative : Path.Combine(baseDirectory, relative);
            string[] lines;
            try
            {
                lines = File.ReadAllLines(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reader.Report(node, path, $"cannot read the durations file '{relative}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
                return null;
            }
            var samples = new List<TimeSpan>();
            for (int i = 0; i < lines.Length; i++)
            {
                string cell = lines[i].Split(',')[0].Trim().Trim('"');
                if (cell.Length == 0) continue;
                if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && double.IsFinite(seconds))
                {
                    samples.Add(UnitParser.FromSeconds(seconds));
                }
                else if (UnitParser.TryParseDuration(cell, out var duration, out string error))
                {
                    samples.Add(duration);
                }
                else if (samples.Count > 0 || i > 0 && lines.Take(i).Any(l => l.Trim().Length > 0))
                {
                    reader.Report(node, path, $"{relative}, line {i + 1}: {error}, or a number of seconds");
                    return null;
                }
            }
            if (samples.Count == 0)
            {
                reader.Report(node, path, $"the durations file '{relative}' holds no durations");
                return null;
            }
            return samples;
        }

        private AgentGroup? ReadAgentGroup(YamlNode node, string path, Horizon? horizon)
        {
            var map = reader.Mapping(node, path, AgentGroupKeys);
            if (map is null) return null;
            string? id = reader.String(map.Required("id"), map.Child("id"));
            bool byShifts = map.Has("shifts");
            if (map.Has("agents") == byShifts)
            {
                reader.Report(byShifts ? map.Optional("shifts") : node, byShifts ? map.Child("shifts") : map.Child("agents"), byShifts
                    ? "expected exactly one of 'agents' (scheduled heads) or 'shifts' (a list of shifts), but found both"
                    : "missing staffing: give exactly one of 'agents' (scheduled heads) or 'shifts' (a list of shifts)");
            }
            var shifts = byShifts && !map.Has("agents") ? ReadShifts(map.Optional("shifts"), map.Child("shifts"), horizon) : null;
            var agents = byShifts
                ? shifts is null || horizon is null ? null : ShiftStaffing(shifts, horizon)
                : ReadStaffing(map.Optional("agents"), map.Child("agents"), horizon);
            double? shrinkage = map.Has("shrinkage")
                ? reader.Number(map.Optional("shrinkage"), map.Child("shrinkage"), 0, 1, maxInclusive: false, expectation: "a share in [0, 1), such as 0.30")
                : 0;
            double? cost = map.Has("costPerHour")
                ? reader.Number(map.Optional("costPerHour"), map.Child("costPerHour"), 0, double.PositiveInfinity, expectation: "a cost per paid hour ≥ 0")
                : 0;
            var skills = ReadSkills(map.Required("skills"), map.Child("skills"));
            var people = ReadPeople(map);
            if (id is null || agents is null || shrinkage is null || cost is null || skills is null || people is null) return null;
            return new AgentGroup(id, agents, shrinkage.Value, cost.Value, skills.Value.Types)
            {
                Proficiency = skills.Value.Proficiency,
                Shifts = shifts,
                Overtime = people.Overtime,
                TenureMonths = people.TenureMonths,
                LearningCurve = people.LearningCurve,
            };
        }

        private StaffingLevels? ReadStaffing(YamlNode? node, string path, Horizon? horizon)
        {
            if (node is null) return null;
            if (node is YamlSequenceNode)
            {
                var plan = ReadPerInterval(node, path, horizon, "a list of agent counts, one per interval",
                    (item, itemPath) => reader.Integer(item, itemPath, 0, int.MaxValue) is long count ? (int?)count : null);
                return plan is null ? null : StaffingLevels.Plan(plan);
            }
            return reader.Integer(node, path, 0, int.MaxValue) is long agents ? StaffingLevels.Constant((int)agents) : null;
        }

        /// <summary>A list of items, each read by <paramref name="readItem"/>; null if any item is wrong.</summary>
        /// <param name="allowEmpty">For optional lists whose default is empty, so that a variant can clear one with <c>[]</c>.</param>
        private List<T>? ReadList<T>(YamlNode? node, string path, string expectation, Func<YamlNode, string, T?> readItem, bool allowEmpty = false) where T : class
        {
            if (node is null) return null;
            if (allowEmpty && node is YamlSequenceNode { Children.Count: 0 }) return [];
            var sequence = reader.Sequence(node, path, expectation);
            if (sequence is null) return null;
            var items = new List<T>();
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                if (readItem(sequence.Children[i], $"{path}[{i}]") is T item) items.Add(item);
            }
            return items.Count == sequence.Children.Count ? items : null;
        }

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
    }
}
