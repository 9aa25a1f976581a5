using System.Globalization;
using System.Text;
using System.Text.Json;
using Simulator.Core.History;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Intraday;

/// <summary>
/// Reads the lines of a live feed (JSON lines, docs/commands.md, "The event feed"): each line one event with a local <c>time</c> on the centre's
/// clock, an <c>event</c> kind and the ids it needs. A line that is not such an event gives a message and no event; the feed goes on.
/// The first event's date is the day followed: a line of another date is refused.
/// </summary>
public sealed class FeedReader(Scenario scenario)
{
    /// <summary>Longer lines are refused unread: no event needs more, and a runaway line must not fill memory.</summary>
    public const int MaxLineLength = 4_096;

    private static readonly string[] Kinds = [.. Enum.GetValues<FeedEventKind>().Select(Name)];
    private static readonly string[] States = [.. Enum.GetValues<FeedAgentState>().Select(Name)];

    private readonly Dictionary<string, int> _types = scenario.ContactTypes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
    private readonly Dictionary<string, int> _groups = scenario.AgentGroups.Select((g, i) => (g.Id, i)).ToDictionary(p => p.Id, p => p.i);

    /// <summary>The day the feed follows: the first event's date.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>The event a line reports, or why it reports none.</summary>
    public (FeedEvent? Event, string? Problem) Read(string line)
    {
        if (line.Length > MaxLineLength) return (null, $"the line is longer than {MaxLineLength:N0} characters; an event is one short JSON object.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, $"not JSON ({e.Message.Split(" LineNumber")[0].TrimEnd('.')}); expected one object such as " +
                "{\"time\": \"2024-03-04 08:00:05\", \"event\": \"arrival\", \"contact\": \"c1\", \"type\": \"general\"}.");
        }
        using (document)
        {
            try
            {
                return (Event(document.RootElement), null);
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }
    }

    private FeedEvent Event(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("expected a JSON object, one event per line.");
        string kindText = Text(root, "event");
        var kind = Enum.GetValues<FeedEventKind>().Where(k => Name(k) == kindText).Cast<FeedEventKind?>().FirstOrDefault()
            ?? throw new FormatException($"\"event\": expected one of {string.Join(", ", Kinds)}, but found \"{kindText}\".");
        double time = Time(Text(root, "time"));
        switch (kind)
        {
            case FeedEventKind.Arrival:
                string type = Text(root, "type");
                if (!_types.TryGetValue(type, out int t))
                {
                    throw new FormatException($"\"type\": contact type '{type}' is not in the scenario; its types are {string.Join(", ", _types.Keys)}.");
                }
                return new FeedEvent(kind, time, Text(root, "contact"), t, null, -1, FeedAgentState.Ready);
            case FeedEventKind.Answer:
                return new FeedEvent(kind, time, Text(root, "contact"), -1, Text(root, "agent"), -1, FeedAgentState.Ready);
            case FeedEventKind.Abandon:
            case FeedEventKind.End:
                return new FeedEvent(kind, time, Text(root, "contact"), -1, null, -1, FeedAgentState.Ready);
            case FeedEventKind.Agent:
                string group = Text(root, "group"), stateText = Text(root, "state");
                if (!_groups.TryGetValue(group, out int g))
                {
                    throw new FormatException($"\"group\": agent group '{group}' is not in the scenario; its groups are {string.Join(", ", _groups.Keys)}.");
                }
                var state = Enum.GetValues<FeedAgentState>().Where(s => Name(s) == stateText).Cast<FeedAgentState?>().FirstOrDefault()
                    ?? throw new FormatException($"\"state\": expected one of {string.Join(", ", States)}, but found \"{stateText}\".");
                return new FeedEvent(kind, time, null, -1, Text(root, "agent"), g, state);
            default:
                throw new ArgumentOutOfRangeException(nameof(root), kind, "a feed event kind the reader does not know");
        }
    }

    /// <summary>Seconds after the opening of the day followed; the first event sets the day.</summary>
    private double Time(string text)
    {
        if (!IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var stamp) || !stamp.HasTime)
        {
            throw new FormatException($"\"time\": expected a local date and time such as 2024-03-04 08:00:05, but found \"{text}\".");
        }
        if (stamp.Offset is not null) throw new FormatException($"\"time\": write the centre's local time without a UTC offset, not \"{text}\".");
        var date = DateOnly.FromDateTime(stamp.Wall);
        Date ??= date;
        if (date != Date)
        {
            throw new FormatException($"\"time\": {text} is not on {Date:yyyy-MM-dd}, the day the feed follows (the date of its first event).");
        }
        double seconds = (stamp.Wall - (date.ToDateTime(TimeOnly.MinValue) + scenario.Horizon.Start)).TotalSeconds;
        double open = (scenario.Horizon.End - scenario.Horizon.Start).TotalSeconds;
        if (open <= 0) open += 86_400;
        if (seconds < 0 || seconds >= open)
        {
            throw new FormatException($"\"time\": {stamp.Wall:HH:mm:ss} is outside the centre's hours " +
                $"({scenario.Horizon.Start:hh\\:mm}–{scenario.Horizon.End:hh\\:mm}).");
        }
        return seconds;
    }

    private static string Text(JsonElement root, string key)
    {
        if (!root.TryGetProperty(key, out var value)) throw new FormatException($"\"{key}\" is missing.");
        if (value.ValueKind == JsonValueKind.Number) return value.GetRawText(); // an id written as a number
        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
        {
            throw new FormatException($"\"{key}\": expected a non-empty string, but found {value.GetRawText()}.");
        }
        return value.GetString()!.Trim();
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
