using System.Text;
using Simulator.Core;

namespace Simulator.Reports;

/// <summary>
/// Where an output goes, decided from what the path names before any work is done: <c>-</c> is standard output; a
/// character device (<c>/dev/null</c>, a terminal) or a named pipe is written straight through, never replaced; a
/// regular file or a new path is written atomically (<see cref="AtomicFile"/>), through any symbolic link to the file it
/// names. A directory, a block device or a socket is refused, as is a place that cannot be written.
/// </summary>
public sealed record OutputTarget
{
    /// <summary>The path that means standard output.</summary>
    public const string StandardOutputPath = "-";

    private OutputTarget(string given, string path, Mode how)
    {
        Given = given;
        Path = path;
        How = how;
    }

    /// <summary>The path as the user gave it, for messages.</summary>
    public string Given { get; }

    /// <summary>The file written: for a regular file reached through symbolic links, the file they finally name.</summary>
    public string Path { get; }

    private Mode How { get; }

    public bool IsStandardOutput => How is Mode.StandardOutput;

    /// <summary>Classifies <paramref name="given"/> and checks it can be written; throws <see cref="IOException"/> saying why not.</summary>
    public static OutputTarget Of(string given)
    {
        if (given == StandardOutputPath) return new OutputTarget(given, given, Mode.StandardOutput);
        string full = System.IO.Path.GetFullPath(given);
        var kind = FileKinds.Of(full);
        switch (kind)
        {
            case FileKind.CharacterDevice or FileKind.NamedPipe:
                return new OutputTarget(given, full, Mode.Stream);
            case FileKind.Directory:
                throw new IOException("it is a directory; give a file name");
            case FileKind.BlockDevice or FileKind.Socket:
                throw new IOException($"it is a {(kind is FileKind.BlockDevice ? "block device" : "socket")}, not a file");
            case FileKind.Regular or FileKind.Unknown:
                string file = FinalTarget(full);
                CheckCanReplace(file);
                return new OutputTarget(given, file, Mode.Atomic);
            case FileKind.Missing:
                CheckCanCreateIn(System.IO.Path.GetDirectoryName(full) ?? ".");
                return new OutputTarget(given, full, Mode.Atomic);
            default:
                throw new ArgumentOutOfRangeException(nameof(given), kind, "a file kind this method does not handle");
        }
    }

    /// <summary>Whether this output would overwrite <paramref name="input"/> (a scenario or journal the command reads).</summary>
    public bool Overwrites(string input) =>
        How is not Mode.StandardOutput && string.Equals(Path, FinalTarget(System.IO.Path.GetFullPath(input)), StringComparison.Ordinal);

    /// <summary>Writes <paramref name="bytes"/> when given, else the text <paramref name="write"/> produces.</summary>
    public void Write(Action<TextWriter> write, TextWriter standardOutput, byte[]? bytes = null)
    {
        switch (How)
        {
            case Mode.StandardOutput when bytes is not null:
                throw new IOException("this output is binary; give a file name instead of '-'");
            case Mode.StandardOutput:
                write(standardOutput);
                break;
            case Mode.Stream:
                // A device or pipe has no "whole file" to swap in: write through it as a shell redirection would.
                using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1))
                {
                    if (bytes is not null)
                    {
                        stream.Write(bytes);
                    }
                    else
                    {
                        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                        write(writer);
                    }
                }
                break;
            case Mode.Atomic:
                AtomicFile.Write(Path, write, bytes);
                break;
        }
    }

    /// <summary>The file a chain of symbolic links ends at, so the link is kept and the file it names is replaced.</summary>
    private static string FinalTarget(string full)
    {
        var info = new FileInfo(full);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : full;
    }

    private static void CheckCanReplace(string file)
    {
        // Opening for writing without truncating checks the permission the user has on the file itself; a rename
        // over a read-only file would otherwise succeed wherever its folder is writable.
        using (new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1)) { }
        CheckCanCreateIn(System.IO.Path.GetDirectoryName(file) ?? ".");
    }

    /// <summary>A report folder: an existing folder that can be written, or a new one whose nearest existing parent can.</summary>
    public static void CheckFolder(string directory)
    {
        string full = System.IO.Path.GetFullPath(directory);
        if (File.Exists(full)) throw new IOException("it is a file, not a folder");
        CheckCanCreateIn(full);
    }

    /// <summary>The folder exists or can be made (its nearest existing parent is a folder), and a file can be created in it.</summary>
    internal static void CheckCanCreateIn(string directory)
    {
        string existing = directory;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) throw new IOException($"'{existing}' is a file, not a folder");
            existing = System.IO.Path.GetDirectoryName(existing) ?? throw new IOException($"no folder above '{directory}' exists");
        }
        string probe = System.IO.Path.Combine(existing, $".ccsim-probe.{Guid.NewGuid():N}.tmp");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose)) { }
    }

    private enum Mode
    {
        StandardOutput,
        Stream,
        Atomic,
    }
}
