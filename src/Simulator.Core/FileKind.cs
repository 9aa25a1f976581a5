using System.Runtime.InteropServices;

namespace Simulator.Core;

/// <summary>What a path names, following symbolic links: whether writing or reading it as a file is safe.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    CharacterDevice,
    NamedPipe,
    Socket,
    BlockDevice,
    /// <summary>Exists, but the platform did not say what it is (Windows; or the runtime's file-status call is absent).</summary>
    Unknown,
}

/// <summary>
/// Reads a path's file type. .NET reports only "file" or "directory", so a device or named pipe looks like a file; on
/// Unix this asks the runtime's own native helper (<c>SystemNative_Stat</c> in libSystem.Native, which .NET itself
/// uses for <see cref="FileInfo"/>), whose result begins with two 32-bit fields, flags then mode, on every Unix.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        if (OperatingSystem.IsWindows()) return FileKind.Regular;
        var status = new byte[StatusBytes];
        try
        {
            if (Stat(path, status) != 0) return FileKind.Unknown;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            CharacterDeviceType => FileKind.CharacterDevice,
            NamedPipeType => FileKind.NamedPipe,
            SocketType => FileKind.Socket,
            BlockDeviceType => FileKind.BlockDevice,
            _ => FileKind.Unknown, // a symbolic link that loops, or a type this list does not name
        };
    }

    // The POSIX S_IFMT bits, which the runtime's helper reports unchanged (pal_io.h: FileTypes).
    private const int TypeMask = 0xF000;
    private const int NamedPipeType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int SocketType = 0xC000;

    /// <summary>Room for the helper's whole status record (about 120 bytes today) with a margin for fields added later.</summary>
    private const int StatusBytes = 512;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
