using System.IO.Compression;

namespace Simulator.Core.History;

/// <summary>
/// What a workbook (XLSX) must be before its rows are read: a zip archive no larger than <see cref="MaxWorkbookBytes"/> that says it expands to no
/// more than <see cref="MaxExpandedBytes"/> and holds a workbook part. A damaged or absurd file is refused in words, from its central directory
/// alone, before anything is read whole.
/// </summary>
public static class WorkbookCheck
{
    /// <summary>The largest workbook read: Excel's 1,048,576 rows of a wide history compress to well under this.</summary>
    public const long MaxWorkbookBytes = 256L << 20;

    /// <summary>The most its parts may expand to: a file that claims more is a zip bomb, not a history.</summary>
    public const long MaxExpandedBytes = 4L << 30;

    /// <summary>Checks the workbook in <paramref name="stream"/> (seekable; left where it was).</summary>
    public static void Check(Stream stream, string file)
    {
        long start = stream.Position;
        if (stream.Length - start > MaxWorkbookBytes)
        {
            throw new HistoryException(file, 0, null, $"the workbook is {Megabytes(stream.Length - start)}, larger than the {Megabytes(MaxWorkbookBytes)} " +
                $"a history workbook may be; save the history as CSV (read row by row, no limit) or split it.");
        }
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long expanded = 0;
            bool workbook = false;
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                workbook |= entry.FullName.StartsWith("xl/workbook", StringComparison.OrdinalIgnoreCase);
            }
            if (expanded > MaxExpandedBytes)
            {
                throw new HistoryException(file, 0, null, $"the workbook says it expands to {Megabytes(expanded)}, more than the " +
                    $"{Megabytes(MaxExpandedBytes)} a history workbook may; it is refused unread.");
            }
            if (!workbook) throw new HistoryException(file, 0, null, "is a zip archive but not an XLSX workbook (it has no xl/workbook part).");
        }
        catch (InvalidDataException e)
        {
            throw new HistoryException(file, 0, null, $"is not a readable XLSX workbook: the file is damaged ({e.Message.TrimEnd('.')}). Save it again from " +
                $"the spreadsheet, or as CSV.");
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):#,0.#} MiB";
}
