namespace Simulator.Reports.Tests;

/// <summary>Text from input files is written so that each medium shows it, never runs it.</summary>
public class OutputEscapingTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tleading tab")]
    public void A_csv_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string text)
    {
        var output = new StringWriter();

        CsvTable.Write(output, ["contactType"], [[text]]);

        string cell = output.ToString().Split('\n')[1].TrimEnd('\r');
        Assert.StartsWith("'", cell.TrimStart('"'));
    }

    [Theory]
    [InlineData("-0.25")]
    [InlineData("-1E-05")]
    [InlineData("+3")]
    [InlineData("plain")]
    public void Numbers_and_plain_text_are_written_as_they_are(string text) =>
        Assert.Equal(text, CsvTable.Cell(text));

    [Fact]
    public void Records_written_as_csv_are_guarded_too()
    {
        var output = new StringWriter();

        CsvTable.Write(output, [new { Id = "=1+1", Value = -0.5 }]);

        Assert.Equal("\uFEFFid,value\n'=1+1,-0.5", output.ToString().Replace("\r", "").Trim());
    }

    [Fact]
    public void Control_characters_are_shown_as_escapes_not_sent_to_the_terminal()
    {
        string hostile = "Bank\u001b]0;pwned\u0007\u001b[2J\u202Eevil";

        string shown = TerminalText.Printable(hostile);

        Assert.DoesNotContain(shown, c => char.IsControl(c) || TerminalText.IsBidirectionalControl(c));
        Assert.Equal("Bank\\u001B]0;pwned\\u0007\\u001B[2J\\u202Eevil", shown);
    }

    [Fact]
    public void A_table_cell_carries_no_raw_control_characters()
    {
        var table = ReportWriter.NewTable("Queue");
        ReportWriter.AddRow(table, "general\u001b[2J");
        var output = new StringWriter();

        ReportWriter.Render(output, table);

        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.Contains("general\\u001B[2J", output.ToString());
    }

    [Fact]
    public void A_reports_markdown_cannot_be_given_html_links_or_extra_table_cells_by_a_scenario()
    {
        using var directory = new TemporaryDirectory();
        string hostile = "<script>alert(1)</script> [click](http://evil) **bold** a|b\nnew line";

        ReportBundle.Write(directory.Path, hostile, hostile, new ReportBundle.Table(["KPI", hostile], [["x", hostile]], hostile), []);

        string markdown = File.ReadAllText(directory.File("report.md"));
        Assert.DoesNotContain("<script>", markdown);
        Assert.Contains("# &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](http://evil) \\*\\*bold\\*\\* a\\|b new line", markdown);
        Assert.Contains("| x | &lt;script&gt;", markdown);
        Assert.DoesNotContain("<script>", File.ReadAllText(directory.File("report.html")));
    }
}
