using System.Text;

namespace Simulator.Reports;

/// <summary>
/// Writes an output file so that readers see the old file or the whole new one, never half of it:
/// the text goes to a temporary file beside the target, which is then renamed over it.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
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
