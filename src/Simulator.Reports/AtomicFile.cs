using System.Text;

namespace Simulator.Reports;

/// <summary>
/// Writes an output file so that readers see the old file or the whole new one, never half of it:
/// the text goes to a temporary file beside the target, which is then renamed over it. Only a regular file or a new
/// path is replaced this way: a device or named pipe is refused (<see cref="OutputTarget"/> writes through those), and
/// a symbolic link is kept while the file it names is replaced.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write) => Write(path, write, bytes: null);

    /// <summary>Writes <paramref name="bytes"/> when given (binary files such as PNG), else the text <paramref name="write"/> produces.</summary>
    public static void Write(string path, Action<TextWriter> write, byte[]? bytes)
    {
        string fullPath = Path.GetFullPath(path);
        var kind = Core.FileKinds.Of(fullPath);
        if (kind is not (Core.FileKind.Regular or Core.FileKind.Missing or Core.FileKind.Unknown))
        {
            throw new IOException($"'{path}' is not a regular file ({kind}); it is not replaced");
        }
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) fullPath = target.FullName;
        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (bytes is not null)
            {
                File.WriteAllBytes(temporary, bytes);
            }
            else
            {
                using var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                write(writer);
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
