using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Simulator.Core.Units;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Writes a scenario as a YAML file that <see cref="ScenarioLoader"/> reads back into an equal scenario
/// (<c>optimize --write-scenario</c>, and the commands to come that write scenarios). The keys are the
/// model's own, taken from the contract its JSON uses: a key added to the model is written under its
/// camelCase name, left out where it holds its default, without being listed here. Only where the
/// file's grammar differs from the model's shape (the table below) does the writer say how.
/// </summary>
/// <remarks>
/// It is for files only: scenarios travel to silos as their model (<see cref="ScenarioJson"/>). Numbers are
/// written in round-trip form and durations as exact seconds, and empirical durations are inlined (no side
/// files), so the text is self-contained.
/// </remarks>
public static class ScenarioWriter
{
    /// <summary>A mapping or list whose one-line form is longer than this is written as a block.</summary>
    private const int MaxLine = 120;

    private static readonly JsonSerializerOptions TextOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToYaml(Scenario scenario)
    {
        var yaml = new StringBuilder();
        foreach (var (key, value) in Entries(scenario)) WriteEntry(yaml, 0, key, value);
        return yaml.ToString();
    }

    /// <summary>How the grammar of the file departs from the shape of the model, by the type that holds a value.</summary>
    private static Node? Special(object model) => model switch
    {
        ConstantRate rate => Map(("rate", new Scalar($"{Number(rate.PerSecond)}/s"))),
        DurationDistribution { Family: DistributionFamily.Empirical } empirical =>
            Map(("distribution", Choice(empirical.Family)), ("values", new Sequence([.. empirical.Samples!.Select(s => (Node)Duration(s))]))),
        DurationDistribution distribution => Map(
            [("distribution", Choice(distribution.Family)), ("mean", Duration(distribution.Mean)),
             .. distribution.CoefficientOfVariation is double cv ? [("cv", (Node)new Scalar(Number(cv)))] : Array.Empty<(string, Node)>()]),
        WeekdayVolumes byWeekday => Map(("volumes", new Mapping([
            .. byWeekday.Weekdays.Select(p => (YamlReader.CamelCase(p.Weekday.ToString()), Value(p.Volumes))),
            .. byWeekday.Default.Count > 0 ? [("default", Value(byWeekday.Default))] : Array.Empty<(string, Node)>()]))),
        StaffingLevels staffing => staffing.Fixed is int agents ? new Scalar(Number(agents)) : Value(staffing.PerInterval!),
        _ => null,
    };

    /// <summary>
    /// How the grammar of the file departs from the shape of the model, member by member: the key and value
    /// to write, <see cref="Left"/> out, or null to write the member as it is.
    /// </summary>
    private static (string Key, Node Value)? SpecialMember(object model, string key, object value) => (model, key) switch
    {
        (Scenario, "sourcePath") => Left,
        // Skills with a proficiency are written as maps, so the proficiency has no key of its own.
        (AgentGroup, "proficiency") => Left,
        (AgentGroup group, "skills") => (key, new Sequence([.. group.Skills.Select(skill => Skill(group, skill))])),
        // A group staffed by shifts has its heads derived from them when read, so only the shifts are written.
        (AgentGroup { Shifts: not null }, "agents") => Left,
        // Shrinkage per interval is written as the list under 'shrinkage' (the group's single share is then its mean).
        (AgentGroup { ShrinkagePerInterval: { } shares }, "shrinkage") => (key, Value(shares)),
        (AgentGroup, "shrinkagePerInterval") => Left,
        (OverflowPolicy, "groups") => ("to", Value(value)),
        (Horizon, "start" or "end") or (Shift, "start") => (key, Clock((TimeSpan)value)),
        (Horizon horizon, "openingHours") => (key, new Mapping([.. horizon.OpeningHours.Select(h => (YamlReader.CamelCase(h.Weekday.ToString()),
            h.Closed ? new Scalar("closed") : (Node)Map(("start", Clock(h.Start)), ("end", Clock(h.End)))))])),
        (ShiftTemplate template, "starts") => (key, new Sequence([.. template.Starts.Select(start => (Node)Clock(start))])),
        // A named agent is one agent: the count is implied.
        (StaffContract { Name: not null }, "count") => Left,
        _ => null,
    };

    /// <summary>A member the file does not write.</summary>
    private static readonly (string Key, Node Value) Left = ("", new Scalar(""));

    private static Node Skill(AgentGroup group, string skill) =>
        group.Proficiency.TryGetValue(skill, out var proficiency)
            ? Map(("type", Text(skill)),
                ("handleTimeFactor", new Scalar(Number(proficiency.HandleTimeFactor))),
                ("resolutionChange", new Scalar(Number(proficiency.ResolutionChange))))
            : Text(skill);

    /// <summary>The keys of a model object with their values, in the order the model declares them; those at their defaults left out.</summary>
    private static IEnumerable<(string Key, Node Value)> Entries(object model)
    {
        var type = model.GetType();
        foreach (var member in ScenarioJson.Members(type).OrderBy(m => ((MemberInfo)m.AttributeProvider!).MetadataToken))
        {
            object? value = member.Get!(model);
            if (value is null || value is IEnumerable items and not string && !items.GetEnumerator().MoveNext()
                || (member.AssociatedParameter is null && Equals(value, member.Get(ScenarioJson.Defaults(type)!))))
            {
                continue;
            }
            var (key, node) = SpecialMember(model, member.Name, value) ?? (member.Name, Value(value));
            if (key.Length > 0) yield return (key, node);
        }
    }

    private static Node Value(object value) => Special(value) ?? value switch
    {
        string text => Text(text),
        bool flag => new Scalar(flag ? "true" : "false"),
        double number => new Scalar(Number(number)),
        int or long => new Scalar(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        TimeSpan duration => Duration(duration),
        DateOnly date => new Scalar(Horizon.FormatDate(date)),
        Enum choice => Choice(choice),
        IValueDictionary dictionary => new Mapping([.. dictionary.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, Value(e.Value!)))]),
        IEnumerable items => new Sequence([.. items.Cast<object>().Select(Value)]),
        _ => new Mapping([.. Entries(value)]),
    };

    private static void WriteEntry(StringBuilder yaml, int indent, string key, Node value)
    {
        string pad = new(' ', indent);
        string flow = Flow(value);
        if (Shallow(value) || indent + key.Length + 2 + flow.Length <= MaxLine)
        {
            yaml.Append(pad).Append(key).Append(": ").AppendLine(flow);
            return;
        }
        yaml.Append(pad).Append(key).AppendLine(":");
        if (value is Mapping mapping)
        {
            foreach (var (childKey, child) in mapping.Entries) WriteEntry(yaml, indent + 2, childKey, child);
            return;
        }
        foreach (var item in ((Sequence)value).Items)
        {
            string dash = pad + "  - ";
            if (item is not Mapping entries || dash.Length + Flow(item).Length <= MaxLine)
            {
                yaml.Append(dash).AppendLine(Flow(item));
                continue;
            }
            // A block mapping in a list: its first key on the dash's line, the others under it.
            var block = new StringBuilder();
            foreach (var (childKey, child) in entries.Entries) WriteEntry(block, dash.Length, childKey, child);
            yaml.Append(dash).Append(block.ToString().AsSpan(dash.Length));
        }
    }

    /// <summary>A scalar, a list of scalars, or a mapping of those: one line however long (a day's volumes), as a planner writes it.</summary>
    private static bool Shallow(Node node) => node switch
    {
        Scalar => true,
        Sequence sequence => sequence.Items.All(i => i is Scalar),
        Mapping mapping => mapping.Entries.All(e => e.Value is Scalar || e.Value is Sequence && Shallow(e.Value)),
        _ => false,
    };

    private static string Flow(Node node) => node switch
    {
        Scalar scalar => scalar.Text,
        Sequence sequence => $"[{string.Join(", ", sequence.Items.Select(Flow))}]",
        Mapping { Entries.Count: 0 } => "{}",
        Mapping mapping => $"{{ {string.Join(", ", mapping.Entries.Select(e => $"{e.Key}: {Flow(e.Value)}"))} }}",
        _ => throw new InvalidOperationException($"Unknown YAML node {node.GetType().Name}."),
    };

    private static Mapping Map(params (string Key, Node Value)[] entries) => new([.. entries]);

    private static Scalar Choice(Enum value) => new(YamlReader.CamelCase(value.ToString()));

    private static Scalar Clock(TimeSpan timeOfDay) => new($"\"{UnitParser.FormatClock(timeOfDay)}\"");

    /// <summary>Exact seconds from the ticks (decimal arithmetic): a duration reads back to the same number of ticks; negative ones keep their sign.</summary>
    private static Scalar Duration(TimeSpan duration) =>
        new(((decimal)duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + "s");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar; JSON's escapes are a subset of YAML's.</summary>
    private static Scalar Text(string value) => new(JsonSerializer.Serialize(value, TextOptions));

    private abstract record Node;

    private sealed record Scalar(string Text) : Node;

    private sealed record Sequence(List<Node> Items) : Node;

    private sealed record Mapping(List<(string Key, Node Value)> Entries) : Node;
}
