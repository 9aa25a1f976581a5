using System.CommandLine;
using Simulator.Core.History;

namespace Simulator.Cli.Commands;

/// <summary>The options <c>history</c> and <c>forecast</c> share for reading a history file, read the same way by both.</summary>
internal sealed class HistoryOptions
{
    public Argument<string> File { get; } = new("FILE")
    {
        Description = "History, CSV or XLSX: interval history (start, offered, and optionally contactType, answered, abandoned, ahtSeconds, asaSeconds, " +
            "serviceLevel, agents) " +
                      "or a contact log (arrival, outcome, waitSeconds, and optionally contactType, handleSeconds, agent, customer); the shape is told from " +
                          "the columns.",
    };

    public Option<string?> Interval { get; } = new("--interval", "-i")
    {
        Description = "Interval length: a contact log is counted in intervals of this length (default 30m); interval history is added up into it (default: " +
            "the file's own).",
        HelpName = "30m",
    };

    public Option<string?> Columns { get; } = new("--columns")
    {
        Description = "The file's names for the columns, such as offered=total_calls,start=date; start=date+time joins a date and a time column.",
        HelpName = "COLUMN=NAME,…",
    };

    public Option<string?> Mapping { get; } = new("--mapping")
    {
        Description = "A YAML mapping file with the keys columns (as --columns), outcomes (such as answered: [ANS, handled]) and timeZone; --columns and " +
            "--time-zone override it.",
        HelpName = "PATH",
    };

    public Option<string?> TimeZone { get; } = new("--time-zone")
    {
        Description = "The centre's time zone (IANA id, such as Europe/London): times written with a UTC offset are converted to it, and local times are " +
            "checked against its clock changes.",
        HelpName = "ZONE",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Interval);
        command.Options.Add(Columns);
        command.Options.Add(Mapping);
        command.Options.Add(TimeZone);
    }

    public ContactHistory Load(ParseResult parse) => HistoryReader.Load(parse.GetValue(File)!, ReadOptions(parse));

    /// <summary>How to read the file: the interval (<c>--interval</c>, else <paramref name="interval"/>), columns, outcomes and time zone.</summary>
    public HistoryReadOptions ReadOptions(ParseResult parse, TimeSpan? interval = null)
    {
        var mapping = parse.GetValue(Mapping) is string path ? HistoryMapping.Load(path) : HistoryMapping.None;
        var columns = parse.GetValue(Columns) is string text ? HistoryMapping.ParseColumns(text, "--columns") : null;
        var options = HistoryReadOptions.Combine(null, mapping, columns, parse.GetValue(TimeZone) is string zone ? (zone, "--time-zone") : null,
            parse.GetValue(Mapping));
        interval = parse.GetValue(Interval) is string length ? OptionValues.Duration("--interval", length, positive: true) : interval;
        if (interval is TimeSpan checkedLength) OptionValues.Given("--interval", () => { HistoryReader.CheckInterval(checkedLength); return checkedLength; });
        return options with { Interval = interval };
    }
}
