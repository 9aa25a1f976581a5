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
    public sealed record Table(string[] Header, IReadOnlyList<string[]> Rows, string Legend);

    public static void Write(string directory, string title, string summary, Table table, IReadOnlyList<Chart> charts)
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
            AtomicFile.Write(Path.Combine(directory, "report.md"), w => w.Write(Markdown(title, summary, table, charts)));
            AtomicFile.Write(Path.Combine(directory, "report.html"), w => w.Write(Html(title, summary, table, images)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.InputException($"--report: cannot write to '{directory}': {e.Message}");
        }
    }

    private static string Markdown(string title, string summary, Table table, IReadOnlyList<Chart> charts)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {EscapeMarkdown(title)}").AppendLine().AppendLine(EscapeMarkdown(summary)).AppendLine();
        md.AppendLine("| " + string.Join(" | ", table.Header.Select(EscapeMarkdown)) + " |");
        md.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", table.Header.Length - 1)));
        foreach (var row in table.Rows) md.AppendLine("| " + string.Join(" | ", row.Select(EscapeMarkdown)) + " |");
        md.AppendLine().AppendLine(EscapeMarkdown(table.Legend)).AppendLine();
        foreach (var chart in charts)
        {
            md.AppendLine($"## {EscapeMarkdown(chart.Title)}").AppendLine().AppendLine($"![{EscapeMarkdown(chart.Title)}]({chart.Name}.png)").AppendLine();
        }
        return md.ToString();
    }

    private static string Html(string title, string summary, Table table, List<(Chart Chart, byte[] Png)> images)
    {
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine($"<title>{E(title)}</title>")
            .AppendLine("<style>body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;color:#222}table{border-collapse:collapse}" +
                        "td,th{border:1px solid #ccc;padding:.3em .7em;text-align:right}td:first-child,th:first-child{text-align:left}img{width:100%;height:auto}</style>")
            .AppendLine("</head><body>")
            .AppendLine($"<h1>{E(title)}</h1>").AppendLine($"<p>{E(summary)}</p>")
            .AppendLine("<table><thead><tr>" + string.Concat(table.Header.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead><tbody>");
        foreach (var row in table.Rows) html.AppendLine("<tr>" + string.Concat(row.Select(c => $"<td>{E(c)}</td>")) + "</tr>");
        html.AppendLine("</tbody></table>").AppendLine($"<p>{E(table.Legend)}</p>");
        foreach (var (chart, png) in images)
        {
            html.AppendLine($"<h2>{E(chart.Title)}</h2>")
                .AppendLine($"<img alt=\"{E(chart.Title)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">");
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
