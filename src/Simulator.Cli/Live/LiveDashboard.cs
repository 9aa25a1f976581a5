using System.Globalization;
using System.Text;
using Simulator.Core.LookAhead;
using Simulator.Core.Units;
using Simulator.Grains.Live;
using Simulator.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Cli.Live;

/// <summary>
/// The terminal view of a live centre: the clock and speed, each queue (waiting, longest wait, bot),
/// each group's agents, today's service so far, a sparkline of service level by interval, and the
/// keys that steer it. It renders a snapshot; it computes nothing that changes a number.
/// </summary>
internal static class LiveDashboard
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public const string Keys =
        "keys: +/- five agents of the group · g next group · s surge ×1.5 on/off · b bot on/off · t next contact type · p pause/resume · 1 / 6 / 0 / m speed " +
            "1× 60× 600× max · l look ahead · a evaluate +5 agents of the group before taking it · q quit";

    /// <summary>Look-ahead rows shown at most: the next two hours of half hours.</summary>
    private const int LookAheadRows = 4;

    public static IRenderable Render(string scenario, LiveSnapshot s, IReadOnlyList<double> serviceLevelByInterval, string group, string contactType,
        string? message, LookAheadResult? lookAhead = null)
    {
        var (centre, playback, today) = (s.Centre, s.Playback, s.Centre.Today);
        string speed = double.IsPositiveInfinity(playback.Speed) ? "max" : Formats.Number(playback.Speed, "0.#") + "×";
        string state = centre.Finished ? "finished" : playback.Paused ? "paused" : centre.Open ? "open" : "closed";
        var header = new Markup(Markup.Escape(
            $"{scenario} · day {centre.Day} {UnitParser.FormatClock(TimeSpan.FromMinutes(Math.Floor(centre.TimeOfDay.TotalMinutes)))} · {state} · speed " +
                $"{speed}" +
            (playback.BehindSeconds >= 1 ? $" · {playback.BehindSeconds:0} s behind" : "")));

        var queues = ReportWriter.NewTable("Queue", "Waiting", "Longest wait", "Bot");
        foreach (var q in centre.Queues)
        {
            ReportWriter.AddRow(queues, (q.ContactType == contactType ? "▶ " : "") + q.ContactType,
                q.Waiting.ToString(CultureInfo.InvariantCulture), Formats.Seconds(q.LongestWaitSeconds), q.BotOn ? "on" : "–");
        }
        var agents = ReportWriter.NewTable("Group", "Logged on", "Busy", "Idle", "Added");
        foreach (var g in centre.Groups)
        {
            ReportWriter.AddRow(agents, (g.Group == group ? "▶ " : "") + g.Group, Count(g.LoggedOn), Count(g.Busy), Count(g.Idle),
                g.AddedByHand == 0 ? "" : Formats.Number(g.AddedByHand, "+0;-0"));
        }

        string service =
            $"Today so far: service level {Share(today.ServiceLevel)}, ASA {(today.AverageSpeedOfAnswerSeconds is double asa ? Formats.Seconds(asa) : "–")}, " +
            $"abandonment {Share(today.AbandonmentRate)}; offered {today.Offered:N0}, answered {today.Answered:N0}, abandoned {today.Abandoned:N0}.";
        var rows = new List<IRenderable>
        {
            header,
            new Columns(queues, agents) { Expand = false },
            new Text(service),
            new Text(s.Reforecast is { } reforecast ? LiveReforecastJson.Describe(reforecast) : ""),
            new Text("Service level by interval: " + Sparkline(serviceLevelByInterval)),
        };
        if (lookAhead is not null) rows.Add(LookAheadReport.Table(lookAhead, LookAheadRows));
        if (message is not null) rows.Add(new Text(message));
        rows.Add(new Text(Keys));
        return new Rows(rows);

        static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        static string Share(double? v) => v is double share ? Formats.Percent(share) : "–";
    }

    /// <summary>Shares from 0 to 1 as block characters, one per interval; the last 48 shown.</summary>
    public static string Sparkline(IReadOnlyList<double> shares)
    {
        var line = new StringBuilder();
        foreach (double share in shares.Skip(Math.Max(0, shares.Count - 48)))
        {
            line.Append(double.IsFinite(share) ? Bars[(int)Math.Clamp(Math.Floor(share * Bars.Length), 0, Bars.Length - 1)] : ' ');
        }
        return line.ToString();
    }
}
