using System.CommandLine;
using System.Globalization;
using Simulator.Core;
using Simulator.Core.History;
using Simulator.Core.Intraday;
using Simulator.Core.Scenarios;
using Simulator.Core.Units;
using Simulator.Grains.Live;

namespace Simulator.Cli.Commands;

/// <summary>
/// The options of <c>ccsim live</c> that follow a real day: <c>--replay</c> a contact log (<c>--day</c> picks the day), <c>--feed</c> events as they
/// happen, and <c>--stop-at</c> a time of day (a replayed morning, say, to look ahead from).
/// </summary>
internal sealed class LiveFollowOptions
{
    public Option<string?> Replay { get; } = new("--replay")
    {
        Description = "Replay a real day: the contacts of this contact log (CSV or XLSX, the shape `ccsim history` reads) arrive instead of generated " +
            "ones, with their recorded handle times and patience.",
        HelpName = "HISTORY",
    };

    public Option<string?> Day { get; } = new("--day")
    {
        Description = "Which day of the log to replay (default: the log's last day).",
        HelpName = "yyyy-mm-dd",
    };

    public Option<string?> StopAt { get; } = new("--stop-at")
    {
        Description = "Stop the clock at this time of day and pause (the KPIs are then the day's until that time).",
        HelpName = "HH:MM",
    };

    public Option<string?> Feed { get; } = new("--feed")
    {
        Description = "Follow a real centre: read its events as JSON lines (arrival, answer, abandon, end, agent) from this file, or '-' for standard " +
            "input; bad lines are reported with their line number and skipped.",
        HelpName = "FILE|-",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Feed);
        command.Options.Add(Replay);
        command.Options.Add(Day);
        command.Options.Add(StopAt);
    }

    /// <summary>The replayed day, if any, read for <paramref name="scenario"/>; problems name the option and the file.</summary>
    public ReplayDay? ReadReplay(ParseResult parse, Scenario scenario)
    {
        if (parse.GetValue(Feed) is not null && parse.GetValue(Replay) is not null)
        {
            throw new InputException("--feed: a centre follows a feed or replays a log, not both; drop --feed or --replay.");
        }
        DateOnly? day = parse.GetValue(Day) is string text ? ParseDay(text) : null;
        if (parse.GetValue(Replay) is not string path)
        {
            if (day is not null) throw new InputException("--day: picks the day of a replayed log; give the log with --replay HISTORY.");
            return null;
        }
        return OptionValues.Given("--replay", () => ReplayLog.Load(path, scenario, day, new HistoryReadOptions()));
    }

    /// <summary>Where the feed comes from: null for none; standard input for '-'. Refused with a replay, which brings its own contacts.</summary>
    public TextReader? OpenFeed(ParseResult parse, TextReader standardInput)
    {
        if (parse.GetValue(Feed) is not string path) return null;
        if (parse.GetValue(StopAt) is not null) throw new InputException("--stop-at: a followed feed ends when its input ends; drop --stop-at.");
        if (path == "-") return standardInput;
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new InputException($"--feed: {path}: cannot read the feed: {reason}.");
        }
    }

    /// <summary>The stop as seconds from the first opening (on day 1), or +∞ without one.</summary>
    public double ReadStop(ParseResult parse, Scenario scenario)
    {
        if (parse.GetValue(StopAt) is not string text) return double.PositiveInfinity;
        if (!UnitParser.TryParseClock(text, out var clock, out string error)) throw new InputException($"--stop-at: {error}.");
        var horizon = scenario.Horizon;
        return LiveSettings.InstantOf(horizon, clock) ?? throw new InputException($"--stop-at: {UnitParser.FormatClock(clock)} is outside the centre's " +
            $"hours ({UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}); expected a time of day within them, such as 11:30.");
    }

    private static DateOnly ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InputException($"--day: expected a date such as 2024-03-04, but found \"{text}\".");
}
