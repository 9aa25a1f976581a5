using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace Simulator.Reports.Tests;

/// <summary>Workbooks: numbers are numeric cells in their unit's format, text is never a formula, the header is bold and frozen, names are valid.</summary>
public class XlsxWorkbookTests
{
    private static readonly WorkbookSheet Sample = new("kpis", ["kpi", "mean", "asaSeconds", "start", "met"],
    [
        ["serviceLevel", WorkbookCell.Number(0.8123, CellDisplay.Percent), WorkbookCell.Number(12.5, CellDisplay.Seconds),
            WorkbookCell.TimeOfDay(TimeSpan.FromHours(8.5)), WorkbookCell.Flag(true)],
        ["=HYPERLINK(\"http://evil\")", WorkbookCell.Number(double.NaN), WorkbookCell.Number(null, CellDisplay.Seconds), "+1+cmd|' /C calc'!A0",
            WorkbookCell.Flag(false)],
        ["-2+3", WorkbookCell.Number(-0.25), WorkbookCell.Whole(1_234_567), "@SUM(A1)", "\ttab"],
    ]);

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Cell CellAt(SpreadsheetDocument document, string sheet, string reference)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
    }

    private static string FormatCode(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        uint formatId = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId!.Value;
        return styles.NumberingFormats!.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId! == formatId)?.FormatCode?.Value
            ?? $"builtin {formatId}";
    }

    [Fact]
    public void Numbers_read_back_as_the_same_numbers_and_text_as_the_same_text()
    {
        byte[] bytes = XlsxWorkbook.Write([Sample]);

        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(0.8123, rows[0]["mean"]);
        Assert.Equal(12.5, rows[0]["asaSeconds"]);
        Assert.Equal(-0.25, rows[2]["mean"]);
        Assert.Equal(1_234_567d, rows[2]["asaSeconds"]);
        Assert.Equal(true, rows[0]["met"]);
        Assert.Null(rows[1]["mean"]);
        Assert.Equal("=HYPERLINK(\"http://evil\")", rows[1]["kpi"]);
        Assert.Equal("-2+3", rows[2]["kpi"]);
        Assert.Equal("\ttab", rows[2]["met"]);
    }

    [Fact]
    public void Number_cells_are_numeric_with_their_units_display_format()
    {
        using var document = Open(XlsxWorkbook.Write([Sample]));

        var share = CellAt(document, "kpis", "B2");
        Assert.Equal(CellValues.Number, share.DataType!.Value);
        Assert.Equal("0.0%", FormatCode(document, share));
        Assert.Equal("#,##0.0", FormatCode(document, CellAt(document, "kpis", "C2")));
        var time = CellAt(document, "kpis", "D2");
        Assert.Equal("hh:mm", FormatCode(document, time));
        Assert.Equal(8.5 / 24, double.Parse(time.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal(CellValues.Boolean, CellAt(document, "kpis", "E2").DataType!.Value);
    }

    [Theory]
    [InlineData("A3")]
    [InlineData("D3")]
    [InlineData("A4")]
    [InlineData("D4")]
    public void Text_that_starts_like_a_formula_is_a_string_cell_and_no_cell_has_a_formula(string reference)
    {
        using var document = Open(XlsxWorkbook.Write([Sample]));

        Assert.Equal(CellValues.SharedString, CellAt(document, "kpis", reference).DataType!.Value);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void The_header_row_is_bold_and_frozen_above_the_data()
    {
        using var document = Open(XlsxWorkbook.Write([Sample]));

        var header = CellAt(document, "kpis", "A1");
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        uint font = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value).FontId!.Value;
        Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)font).Bold);
        var pane = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
    }

    [Fact]
    public void Control_characters_xml_cannot_carry_are_replaced_not_thrown()
    {
        var sheet = new WorkbookSheet("names", ["name"], [["bank\u0001 – weekday"]]);

        var rows = new MemoryStream(XlsxWorkbook.Write([sheet])).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal("bank\uFFFD – weekday", rows.Single()["name"]);
    }

    [Fact]
    public void The_same_sheets_give_the_same_parts()
    {
        static string Parts(byte[] bytes)
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
            return string.Join("\n", zip.Entries.OrderBy(e => e.FullName).Select(e => e.FullName + ":" + new StreamReader(e.Open()).ReadToEnd()));
        }

        Assert.Equal(Parts(XlsxWorkbook.Write([Sample])), Parts(XlsxWorkbook.Write([Sample])));
    }

    [Theory]
    [InlineData("Retail bank: weekday [draft]", "Retail bank_ weekday _draft_")]
    [InlineData("a/b\\c?d*e", "a_b_c_d_e")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("", "Sheet")]
    [InlineData("history", "Sheet history")]
    [InlineData("An option name far longer than thirty-one characters", "An option name far longer than")]
    public void Sheet_names_are_made_valid(string wanted, string expected) => Assert.Equal(expected, XlsxWorkbook.SheetName(wanted, []));

    [Fact]
    public void A_sheet_name_already_taken_gets_a_number_within_thirty_one_characters()
    {
        string taken = XlsxWorkbook.SheetName("An option name far longer than thirty-one characters", []);

        string next = XlsxWorkbook.SheetName("An option name far longer than thirty-one characters", [taken]);

        Assert.Equal("An option name far longer t (2)", next);
        Assert.True(next.Length <= XlsxWorkbook.MaxSheetNameLength);
        Assert.Equal("KPIS (2)", XlsxWorkbook.SheetName("KPIS", ["kpis"]));
    }

    [Fact]
    public void An_invalid_sheet_name_is_refused_before_anything_is_written() =>
        Assert.Throws<ArgumentException>(() => XlsxWorkbook.Write([Sample with { Name = "a/b" }]));
}
