using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Simulator.Core.Forecasting;
using Simulator.Core.History;

namespace Simulator.Core.Tests.History;

/// <summary>A history workbook: its first sheet read as a CSV file would be; bad input named by file, sheet, row, column and cell; a damaged or
/// absurd workbook refused in words before it is read.</summary>
public class XlsxHistoryInputTests
{
    /// <summary>A workbook of <paramref name="sheets"/> (name → rows), as a planner's spreadsheet would hold them.</summary>
    private static MemoryStream Workbook(params (string Name, object Rows)[] sheets)
    {
        var stream = new MemoryStream();
        stream.SaveAs(sheets.ToDictionary(s => s.Name, s => s.Rows));
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object?> Row(DateTime start, object? offered) => new() { ["start"] = start, ["offered"] = offered };

    private static readonly DateTime Monday = new(2024, 3, 4, 8, 0, 0);

    private static HistoryException Refused(Stream stream) =>
        Assert.Throws<HistoryException>(() => HistoryReader.Read(stream, "history.xlsx", new()));

    [Fact]
    public void Only_the_first_sheet_is_read()
    {
        using var stream = Workbook(("Data", new[] { Row(Monday, 5), Row(Monday.AddMinutes(30), 7) }),
            ("Notes", new[] { new Dictionary<string, object?> { ["note"] = "not a history" } }));

        var history = HistoryReader.Read(stream, "history.xlsx", new());

        Assert.Equal(12, history.ContactTypes.Sum(s => s.Offered.Where(double.IsFinite).Sum()));
    }

    [Fact]
    public void Text_in_a_number_column_names_the_file_sheet_row_column_and_cell()
    {
        using var stream = Workbook(("Data", new[] { Row(Monday, 5), Row(Monday.AddMinutes(30), "five") }));

        var error = Refused(stream);

        Assert.Equal(("Data", 3L, "offered", "B3"), (error.Sheet, error.Row, error.Column, error.Cell));
        Assert.StartsWith("history.xlsx, sheet 'Data': row 3, column 'offered' (B3): expected a number of contacts ≥ 0, but found \"five\"", error.Message);
    }

    [Fact]
    public void Wrong_columns_name_the_sheet_and_list_the_columns_found()
    {
        using var stream = Workbook(("Calls", new[] { new Dictionary<string, object?> { ["date"] = Monday, ["calls"] = 5 } }));

        var error = Refused(stream);

        Assert.StartsWith("history.xlsx, sheet 'Calls': row 1: the file has neither a 'start' nor an 'arrival' column", error.Message);
        Assert.Contains("The file's columns are date, calls", error.Message);
    }

    [Fact]
    public void An_empty_sheet_is_named_and_says_what_a_history_holds()
    {
        using var stream = Workbook(("Empty", Array.Empty<Dictionary<string, object?>>()));

        var error = Refused(stream);

        Assert.StartsWith("history.xlsx, sheet 'Empty': the file is empty; expected a header row", error.Message);
    }

    [Fact]
    public void A_damaged_workbook_is_refused_in_words()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes("this was a workbook once, then it was cut short")]);

        var error = Refused(stream);

        Assert.StartsWith("history.xlsx: is not a readable XLSX workbook: the file is damaged", error.Message);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }
        stream.Position = 0;

        Assert.Equal("history.xlsx: is a zip archive but not an XLSX workbook (it has no xl/workbook part).", Refused(stream).Message);
    }

    [Fact]
    public void A_workbook_that_claims_to_expand_past_the_limit_is_refused_unread()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (string name in new[] { "xl/workbook.xml", "xl/worksheets/sheet1.xml" })
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                entry.Write(new byte[16]);
            }
        }
        // Each central directory record (signature 50 4B 01 02) says how large its entry expands, 24 bytes in: claim 3.75 GiB each.
        byte[] bytes = stream.ToArray();
        for (int i = 0; i + 28 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 0xF000_0000u);
            }
        }

        var error = Refused(new MemoryStream(bytes));

        Assert.StartsWith("history.xlsx: the workbook says it expands to 7,680 MiB, more than the 4,096 MiB a history workbook may", error.Message);
    }

    [Fact]
    public void A_bad_special_day_in_a_workbook_names_its_sheet_and_cell()
    {
        using var stream = Workbook(("Holidays", new[]
        {
            new Dictionary<string, object?> { ["date"] = new DateTime(2024, 12, 25), ["label"] = "Christmas", ["effect"] = "shut" },
        }));

        var error = Assert.Throws<HistoryException>(() => SpecialDaysReader.Read(stream, "days.xlsx"));

        Assert.StartsWith("days.xlsx, sheet 'Holidays': row 2, column 'effect' (C2):", error.Message);
    }
}
