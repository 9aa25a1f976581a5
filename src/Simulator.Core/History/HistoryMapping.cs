using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.History;

/// <summary>
/// How a file's own names map onto the canonical ones: columns (<c>offered=total_calls</c>), outcome
/// values (<c>answered: [ANS, handled]</c>) and the centre's time zone. From <c>--columns</c> text or a
/// small YAML mapping file with the keys <c>columns</c>, <c>outcomes</c> and <c>timeZone</c>.
/// </summary>
public sealed record HistoryMapping(
    IReadOnlyDictionary<string, ColumnSource> Columns,
    IReadOnlyDictionary<string, ContactOutcome> Outcomes,
    string? TimeZone)
{
    public static readonly HistoryMapping None = new(new Dictionary<string, ColumnSource>(), new Dictionary<string, ContactOutcome>(), null);

    private static readonly string[] FileKeys = ["columns", "outcomes", "timeZone"];

    /// <summary>This mapping with <paramref name="other"/>'s entries added, its own replaced where both name a key.</summary>
    public HistoryMapping With(HistoryMapping other)
    {
        var columns = new Dictionary<string, ColumnSource>(Columns);
        foreach (var (key, value) in other.Columns) columns[key] = value;
        var outcomes = new Dictionary<string, ContactOutcome>(Outcomes, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in other.Outcomes) outcomes[key] = value;
        return new HistoryMapping(columns, outcomes, other.TimeZone ?? TimeZone);
    }

    /// <summary>Reads <c>offered=total_calls,start=date+time</c>; <paramref name="origin"/> names the option in messages.</summary>
    public static HistoryMapping ParseColumns(string text, string origin)
    {
        var columns = new Dictionary<string, ColumnSource>();
        foreach (string entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = entry.IndexOf('=');
            if (equals <= 0 || equals == entry.Length - 1)
            {
                throw new InputException($"{origin}: expected entries of the form column=fileColumn separated by commas, such as " +
                    $"offered=total_calls,start=date, but found \"{entry}\".");
            }
            Add(columns, entry[..equals].Trim(), entry[(equals + 1)..].Trim(), origin);
        }
        return new HistoryMapping(columns, new Dictionary<string, ContactOutcome>(), null);
    }

    /// <summary>Reads a mapping file; every problem names the file, line and column.</summary>
    public static HistoryMapping Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new InputException($"{path}: cannot read the column mapping file: {reason}.");
        }
        return Parse(text, path);
    }

    public static HistoryMapping Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InputException($"{file}:{e.Start.Line}:{e.Start.Column}: malformed YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException($"{file}:1:1: expected a mapping with the keys {string.Join(", ", FileKeys)}, such as 'columns: {{ offered: " +
                $"total_calls, start: date }}'.");
        }
        var columns = new Dictionary<string, ColumnSource>();
        var outcomes = new Dictionary<string, ContactOutcome>(StringComparer.OrdinalIgnoreCase);
        string? timeZone = null;
        foreach (var (keyNode, value) in root.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            string at = $"{file}:{keyNode.Start.Line}:{keyNode.Start.Column}: {key}";
            switch (key)
            {
                case "columns":
                    foreach (var (column, source) in Entries(value, at, "a mapping from column names to the file's names, such as { offered: total_calls }"))
                    {
                        Add(columns, column.Value!, Scalar(source, $"{file}:{source.Start.Line}:{source.Start.Column}: columns.{column.Value}"),
                            $"{file}:{column.Start.Line}:{column.Start.Column}: columns");
                    }
                    break;
                case "outcomes":
                    foreach (var (outcome, names) in Entries(value, at,
                        $"a mapping from outcomes ({string.Join(", ", ContactOutcomes.Names)}) to the file's values"))
                    {
                        string place = $"{file}:{outcome.Start.Line}:{outcome.Start.Column}: outcomes.{outcome.Value}";
                        if (!ContactOutcomes.TryParse(outcome.Value!, out var parsed))
                        {
                            throw new InputException($"{place}: unknown outcome '{outcome.Value}'; expected one of " +
                                $"{string.Join(", ", ContactOutcomes.Names)}.");
                        }
                        IEnumerable<YamlNode> values = names is YamlSequenceNode sequence ? sequence.Children : [names];
                        foreach (var name in values) outcomes[Scalar(name, place)] = parsed;
                    }
                    break;
                case "timeZone":
                    timeZone = Scalar(value, at);
                    break;
                default:
                    throw new InputException($"{at}: unknown key '{key}'; expected {string.Join(", ", FileKeys)}.");
            }
        }
        return new HistoryMapping(columns, outcomes, timeZone);
    }

    private static IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlNode node, string at, string expectation)
    {
        if (node is not YamlMappingNode mapping) throw new InputException($"{at}: expected {expectation}.");
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value.Length: > 0 } scalar) throw new InputException($"{at}: expected {expectation}.");
            yield return (scalar, value);
        }
    }

    private static string Scalar(YamlNode node, string at) =>
        node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0
            ? value.Trim()
            : throw new InputException($"{at}: expected a name, but found {(node is YamlScalarNode ? "nothing" : "a list or mapping")}.");

    private static void Add(Dictionary<string, ColumnSource> columns, string canonical, string source, string origin)
    {
        var column = HistoryColumns.Find(canonical)
            ?? throw new InputException($"{origin}: '{canonical}' is not a history column; expected one of " +
                $"{string.Join(", ", HistoryColumns.All.Select(c => c.Name))}.");
        int plus = source.IndexOf('+');
        if (plus >= 0 && column != HistoryColumns.Start && column != HistoryColumns.Arrival)
        {
            throw new InputException($"{origin}: only start and arrival may join a date and a time column (such as start=date+time); '{column.Name}' takes " +
                $"one column, but found \"{source}\".");
        }
        var value = plus >= 0
            ? new ColumnSource(source[..plus].Trim(), source[(plus + 1)..].Trim())
            : new ColumnSource(source);
        if (value.Column.Length == 0 || value.TimeColumn is { Length: 0 })
        {
            throw new InputException($"{origin}: '{column.Name}' needs a column name, but found \"{source}\".");
        }
        columns[column.Name] = value;
    }
}
