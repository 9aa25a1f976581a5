using System.Text;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Reads the files a scenario names with bounds, so that a hostile or mistaken path cannot exhaust memory
/// (<c>/dev/zero</c>), hang a command (a named pipe with no writer) or reach beyond the scenario's folder.
/// </summary>
public static class InputFile
{
    /// <summary>The largest scenario file read: a year of 15-minute volumes for a dozen contact types fits with room to spare.</summary>
    public const long MaxScenarioBytes = 8 * 1024 * 1024;

    /// <summary>The largest data file a scenario names (an empirical durations CSV): about two million durations.</summary>
    public const long MaxDataFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The text of <paramref name="path"/>, read only up to <paramref name="maxBytes"/>; a longer input throws
    /// <see cref="TooLargeException"/> without being read further (a pipe or device never ends on its own).
    /// </summary>
    public static string ReadText(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > maxBytes) throw new TooLargeException(maxBytes);
            bytes.Write(buffer, 0, read);
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes.GetBuffer(), 0, (int)bytes.Length).TrimStart('\uFEFF');
    }

    /// <summary>
    /// Where a data file named in a scenario lies: <paramref name="named"/> resolved against the scenario's folder, or
    /// null with the reason when it lies outside that folder (a scenario received from someone else must not read
    /// <c>/etc/passwd</c>) or is not a regular file with content (a device or named pipe would never end).
    /// </summary>
    public static string? ResolveDataFile(string scenarioDirectory, string named, out string reason)
    {
        string folder = Path.GetFullPath(scenarioDirectory);
        string full = Path.GetFullPath(Path.Combine(folder, named));
        string inside = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inside, StringComparison.Ordinal))
        {
            reason = "it lies outside the scenario's folder; data files must be in the scenario's folder or below it";
            return null;
        }
        if (Directory.Exists(full))
        {
            reason = "it is a directory";
            return null;
        }
        var kind = FileKinds.Of(full);
        if (kind is FileKind.Missing)
        {
            reason = "no such file";
            return null;
        }
        var info = new FileInfo(full);
        // A symbolic link reports its own length: judge what it finally points to.
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) info = new FileInfo(target.FullName);
        // A device, named pipe or socket must not be opened: a pipe blocks until a writer comes, /dev/zero never ends.
        // Where the platform cannot say, a file with no length is refused for the same reason.
        if (kind is not (FileKind.Regular or FileKind.Unknown) || info.Length == 0)
        {
            reason = kind is FileKind.Regular ? "it is empty" : "it is not a regular file";
            return null;
        }
        if (info.Length > MaxDataFileBytes)
        {
            reason = $"it holds {info.Length:N0} bytes, more than the limit of {MaxDataFileBytes:N0}";
            return null;
        }
        reason = "";
        return full;
    }

    /// <summary>An input longer than the limit its reader allows.</summary>
    public sealed class TooLargeException(long maxBytes) : IOException($"it is larger than the limit of {maxBytes:N0} bytes")
    {
        public long MaxBytes { get; } = maxBytes;
    }
}
