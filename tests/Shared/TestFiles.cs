namespace Simulator.Tests.Shared;

/// <summary>Paths into the repository, found from the test binaries, for tests that read its example files.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above the test binaries.");
    }

    public static string Scenario(string fileName) => Path.Combine(Root(), "scenarios", fileName);
}

/// <summary>A fresh temporary directory, deleted with everything in it when disposed.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ccsim-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
