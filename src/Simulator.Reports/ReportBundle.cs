using System.Net;
using System.Text;
using Simulator.Reports.Charts;

namespace Simulator.Reports;

/// <summary>
/// A report directory for a deck: <c>report.md</c>, a self-contained <c>report.html</c> (charts
/// embedded) and every chart as PNG (1920×1080) and SVG. Each file is written whole or not at all.
/// </summary>
public static class ReportBundle
{
    /// <summary>A table of the report, under its heading (if any), followed by its notes (one paragraph per line).</summary>
    /// <param name="Rows">Rows whose first cell starts with <see cref="PartIndent"/> are parts of the row above (a cost component of the total), shown
    /// indented.</param>
    public sealed record Table(string[] Header, IReadOnlyList<string[]> Rows, string Legend, string? Heading = null);

    /// <summary>What marks a row as a part of the row above, in the terminal as in reports.</summary>
    public const string PartIndent = "  ";

    public static void Write(string directory, string title, string summary, Table table, IReadOnlyList<Chart> charts) =>
        Write(directory, title, summary, [table], charts);

    public static void Write(string directory, string title, string summary, IReadOnlyList<Table> tables, IReadOnlyList<Chart> charts)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var images = new List<(Chart Chart, byte[] Png)>();
            foreach (var chart in charts)
            {
                byte[] png = ChartRenderer.Png(chart);
                images.Add((chart, png));
                AtomicFile.Write(Path.Combine(directory, chart.Name + ".png"), w => { }, png);
                string svg = chart.Plot.GetSvgXml(ChartRenderer.Width, ChartRenderer.Height);
                AtomicFile.Write(Path.Combine(directory, chart.Name + ".svg"), w => w.Write(svg));
            }
            AtomicFile.Write(Path.Combine(directory, "report.md"), w => w.Write(Markdown(title, summary, tables, charts)));
            AtomicFile.Write(Path.Combine(directory, "report.html"), w => w.Write(Html(title, summary, tables, images)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.InputException($"--report: cannot write to '{directory}': {e.Message}");
        }
    }

    private static bool IsPart(string[] row) => row.Length > 0 && row[0].StartsWith(PartIndent, StringComparison.Ordinal);

    /// <summary>Each chart once: the image carries its title, so no heading repeats it.</summary>
    private static string Markdown(string title, string summary, IReadOnlyList<Table> tables, IReadOnlyList<Chart> charts)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {EscapeMarkdown(title)}").AppendLine().AppendLine(EscapeMarkdown(summary)).AppendLine();
        foreach (var table in tables)
        {
            if (table.Heading is string heading) md.AppendLine($"## {EscapeMarkdown(heading)}").AppendLine();
            md.AppendLine("| " + string.Join(" | ", table.Header.Select(EscapeMarkdown)) + " |");
            md.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", table.Header.Length - 1)));
            foreach (var row in table.Rows)
            {
                // Markdown trims a cell's spaces: a part of the row above keeps its indent as non-breaking spaces.
                var cells = row.Select(EscapeMarkdown).ToArray();
                if (IsPart(row)) cells[0] = "&nbsp;&nbsp;&nbsp;&nbsp;" + cells[0].TrimStart();
                md.AppendLine("| " + string.Join(" | ", cells) + " |");
            }
            md.AppendLine();
            foreach (var line in table.Legend.Split('\n', StringSplitOptions.RemoveEmptyEntries)) md.AppendLine(EscapeMarkdown(line)).AppendLine();
        }
        if (charts.Count > 0) md.AppendLine("## Charts").AppendLine();
        foreach (var chart in charts) md.AppendLine($"![{EscapeMarkdown(chart.Title)}]({chart.Name}.png)").AppendLine();
        return md.ToString();
    }

    private static string Html(string title, string summary, IReadOnlyList<Table> tables, List<(Chart Chart, byte[] Png)> images)
    {
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine($"<title>{E(title)}</title>")
            .AppendLine("<style>body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;color:#222}table{border-collapse:collapse}" +
                        "td,th{border:1px solid #ccc;padding:.3em .7em;text-align:right}td:first-child,th:first-child{text-align:left}" +
                        "tr.part td{color:#555;font-size:.92em}tr.part td:first-child{padding-left:2.2em}img{width:100%;height:auto}</style>")
            .AppendLine("</head><body>")
            .AppendLine($"<h1>{E(title)}</h1>").AppendLine($"<p>{E(summary)}</p>");
        foreach (var table in tables)
        {
            if (table.Heading is string heading) html.AppendLine($"<h2>{E(heading)}</h2>");
            html.AppendLine("<table><thead><tr>" + string.Concat(table.Header.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                html.AppendLine((IsPart(row) ? "<tr class=\"part\">" : "<tr>") + string.Concat(row.Select(c => $"<td>{E(c.Trim())}</td>")) + "</tr>");
            }
            html.AppendLine("</tbody></table>");
            foreach (var line in table.Legend.Split('\n', StringSplitOptions.RemoveEmptyEntries)) html.AppendLine($"<p>{E(line)}</p>");
        }
        if (images.Count > 0) html.AppendLine("<h2>Charts</h2>");
        foreach (var (chart, png) in images)
        {
            html.AppendLine($"<p><img alt=\"{E(chart.Title)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"></p>");
        }
        return html.AppendLine("</body></html>").ToString();
    }

    /// <summary>
    /// Text from a scenario as literal Markdown: raw HTML would pass through a Markdown renderer (a script in a
    /// scenario name), and emphasis, links, images, code and table bars would change what the report shows. Markdown
    /// escapes ASCII punctuation with a backslash (CommonMark, "Backslash escapes"); &lt; and &amp; become entities so no tag
    /// or entity forms; a line break would end a table row or heading, so it becomes a space.
    /// </summary>
    internal static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in TerminalText.Printable(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ')))
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~': escaped.Append('\\').Append(c); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
