using Microsoft.AspNetCore.Components.Forms;
using Simulator.Core;
using Simulator.Core.History;

namespace Simulator.Web.Services;

/// <summary>
/// A file the browser sent (a history, its special days, a column mapping), kept in a temporary file of its own outside
/// the scenarios folder until the page lets it go. Its size is checked against the limit before a byte is read, and
/// messages name it by the name it had on the user's machine, as the CLI names the path it was given.
/// </summary>
public sealed class UploadedFile : IDisposable
{
    /// <summary>The largest history upload: the CLI's limit on a history workbook (<see cref="WorkbookCheck.MaxWorkbookBytes"/>), for CSV too.</summary>
    public const long MaxHistoryBytes = WorkbookCheck.MaxWorkbookBytes;

    /// <summary>The largest special-days or mapping file: the limit on any data file a scenario names.</summary>
    public const long MaxSmallFileBytes = Core.Scenarios.InputFile.MaxDataFileBytes;

    private UploadedFile(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>The file's own name (no folder): what messages call it.</summary>
    public string Name { get; }

    private string Path { get; }

    /// <summary>Copies the browser's file into a temporary file; refuses one over <paramref name="maxBytes"/> unread.</summary>
    /// <param name="what">What the file is for, as a message says it ("history file").</param>
    public static async Task<UploadedFile> ReceiveAsync(IBrowserFile file, long maxBytes, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        string name = System.IO.Path.GetFileName(file.Name);
        if (file.Size > maxBytes)
        {
            throw new InputException($"{name}: the {what} holds {file.Size:N0} bytes, more than the limit of {maxBytes:N0}; it is refused unread.");
        }
        string folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ccsim-uploads")).FullName;
        string path = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N") + System.IO.Path.GetExtension(name));
        try
        {
            await using var source = file.OpenReadStream(maxBytes, cancellationToken);
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await source.CopyToAsync(target, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            File.Delete(path);
            if (e is OperationCanceledException) throw;
            throw new InputException($"{name}: the {what} could not be received: {e.Message}");
        }
        return new UploadedFile(name, path);
    }

    /// <summary>Reads the history as <c>ccsim history FILE</c> does with the same options.</summary>
    public ContactHistory ReadHistory(HistoryReadOptions options)
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return HistoryReader.Read(stream, Name, options);
    }

    /// <summary>Reads special days as <c>forecast --special-days</c> does.</summary>
    public IReadOnlyList<Core.Forecasting.SpecialDay> ReadSpecialDays()
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Core.Forecasting.SpecialDaysReader.Read(stream, Name);
    }

    /// <summary>Reads a column mapping as <c>--mapping</c> does.</summary>
    public HistoryMapping ReadMapping() => HistoryMapping.Parse(Core.Scenarios.InputFile.ReadText(Path, MaxSmallFileBytes), Name);

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Still open elsewhere: the system's temporary folder is cleared in time.
        }
    }
}
