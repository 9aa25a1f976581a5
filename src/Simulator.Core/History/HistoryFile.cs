namespace Simulator.Core.History;

/// <summary>Opens a history file or contact log for one front-to-back read, refusing what cannot be read with the path and the reason.</summary>
internal static class HistoryFile
{
    /// <param name="what">The file as messages name it: "history file", "contact log".</param>
    public static FileStream Open(string path, string what)
    {
        if (Directory.Exists(path)) throw new HistoryException(path, 0, null, $"is a directory; give the path of a CSV or XLSX {what}.");
        try
        {
            // Sequential: a contact log of millions of rows is read once, front to back.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new HistoryException(path, 0, null, $"cannot read the {what}: {reason}.");
        }
    }
}
