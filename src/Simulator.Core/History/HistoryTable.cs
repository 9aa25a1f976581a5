namespace Simulator.Core.History;

/// <summary>
/// The rows of a CSV or XLSX history file, one at a time (nothing is kept but the current row), with
/// typed access to cells so the reader can say exactly which cell is wrong.
/// </summary>
internal interface IHistoryTable : IDisposable
{
    IReadOnlyList<string> Headers { get; }

    /// <summary>Moves to the next row that is not entirely blank; false at the end.</summary>
    bool Read();

    /// <summary>The row as the user sees it: the file's line, or the spreadsheet's row number (the header is row 1).</summary>
    long Row { get; }

    bool IsBlank(int column);

    bool TryGetNumber(int column, out double value);

    bool TryGetTimestamp(int column, out Timestamp value);

    bool TryGetTimeOfDay(int column, out TimeSpan value);

    /// <summary>The cell as text, trimmed (for ids, outcomes and messages).</summary>
    string GetText(int column);

    /// <summary>True where a date at midnight may be a date-time at 00:00 (spreadsheet cells do not say which).</summary>
    bool MidnightMayBeDate { get; }

    /// <summary>The worksheet read, for a workbook; null for CSV.</summary>
    string? Sheet { get; }

    /// <summary>The spreadsheet's letter for the column headed <paramref name="header"/> (its first such column), for a workbook; else null.</summary>
    string? ColumnLetter(string header);
}

internal static class HistoryTable
{
    /// <summary>Runs <paramref name="read"/> over <paramref name="table"/>; an error in a workbook comes out naming the sheet and the cell.</summary>
    public static T Placed<T>(IHistoryTable table, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (HistoryException e) when (table.Sheet is string sheet)
        {
            throw e.InSheet(sheet, table.ColumnLetter);
        }
    }

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>A spreadsheet (told by its zip signature, or by its name when the stream cannot be peeked), else CSV.</summary>
    public static IHistoryTable Open(Stream stream, string file)
    {
        bool spreadsheet;
        if (stream.CanSeek)
        {
            long start = stream.Position;
            Span<byte> head = stackalloc byte[4];
            int read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            stream.Position = start;
            spreadsheet = read == 4 && head.SequenceEqual(ZipSignature);
        }
        else
        {
            spreadsheet = file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);
        }
        if (!spreadsheet) return new CsvHistoryTable(stream, file);
        if (!stream.CanSeek)
        {
            // A workbook is a zip archive, read from its end: it needs a seekable stream. The copy stops past the size limit.
            var copy = new MemoryStream();
            var buffer = new byte[1 << 16];
            for (int read; (read = stream.Read(buffer)) > 0 && copy.Length <= WorkbookCheck.MaxWorkbookBytes;) copy.Write(buffer, 0, read);
            copy.Position = 0;
            stream = copy;
        }
        WorkbookCheck.Check(stream, file);
        return new XlsxHistoryTable(stream, file);
    }
}
