using System.Collections.Concurrent;
using System.IO.Compression;
using Simulator.Reports;

namespace Simulator.Web.Services;

/// <summary>
/// Results the pages produced, each with its files written by the CLI's own writers into a folder of its own: the data
/// formats (<see cref="ResultFormats"/>) and the report bundle (report.md, report.html, every chart as PNG and SVG),
/// plus the bundle zipped. The newest <see cref="Capacity"/> are kept; older ones and their folders go.
/// </summary>
public sealed class ResultStore : IDisposable
{
    /// <summary>Results kept for download at once.</summary>
    public const int Capacity = 32;

    /// <summary>The zipped report folder's file name.</summary>
    public const string BundleZip = "report.zip";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ccsim-serve-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<string, StoredResult> _results = new();
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Keeps a result and starts writing its files; <see cref="StoredResult.Files"/> completes when they are all there.</summary>
    /// <param name="writeReport">Writes the report bundle into the folder it is given (RunReport.WriteReport, CompareReport.WriteReport); null for a
    /// command without a report (staff).</param>
    public StoredResult Add(string title, IReadOnlyList<ResultFormat> formats, Action<string>? writeReport)
    {
        string id = Guid.NewGuid().ToString("N");
        string folder = Path.Combine(_root, id);
        Directory.CreateDirectory(folder);
        var files = Task.Run(() =>
        {
            foreach (var format in formats) AtomicFile.Write(Path.Combine(folder, format.FileName), format.Write, format.Bytes?.Invoke());
            if (writeReport is null) return (IReadOnlyList<string>)[.. formats.Select(f => f.FileName)];
            string bundle = Path.Combine(folder, "report");
            writeReport(bundle);
            ZipFile.CreateFromDirectory(bundle, Path.Combine(folder, BundleZip));
            return (IReadOnlyList<string>)[.. formats.Select(f => f.FileName), BundleZip,
                .. Directory.EnumerateFiles(bundle).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        });
        var stored = new StoredResult(id, title, folder, files);
        _results[id] = stored;
        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out string? old))
        {
            if (_results.TryRemove(old, out var gone)) Delete(gone.Folder);
        }
        return stored;
    }

    public StoredResult? Find(string id) => _results.GetValueOrDefault(id);

    public void Dispose() => Delete(_root);

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A download still reading a file: the temporary folder is left for the system to clear.
        }
    }
}

/// <summary>A kept result: its id (in download addresses), title, folder and the names of its files once written.</summary>
public sealed record StoredResult(string Id, string Title, string Folder, Task<IReadOnlyList<string>> Files)
{
    /// <summary>The path of a file of this result, or null for a name it does not have: only names it wrote are served.</summary>
    public string? PathOf(string name)
    {
        if (!Files.IsCompletedSuccessfully || !Files.Result.Contains(name, StringComparer.Ordinal)) return null;
        string data = Path.Combine(Folder, name);
        return File.Exists(data) ? data : Path.Combine(Folder, "report", name);
    }
}
