using System.Diagnostics;
using Simulator.Core;

namespace Simulator.Cli.Tests;

/// <summary>
/// --output never replaces what is not a regular file, '-' is standard output, and every output place is checked
/// before the work. Devices and pipes are reached only through a named pipe or a symbolic link made in a temporary
/// folder: the real /dev entries are never a target here.
/// </summary>
public class OutputTargetTests
{
    private static async Task MakeFifoAsync(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Output_to_a_named_pipe_is_written_through_it_and_the_pipe_stays()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        using var directory = new TemporaryDirectory();
        string fifo = directory.File("out.pipe");
        await MakeFifoAsync(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var result = await Task.Run(() => CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json", "-o", fifo),
            TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"intervals\"", await reader);
        Assert.Equal(FileKind.NamedPipe, FileKinds.Of(fifo));
        Assert.Empty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [Fact]
    public void Output_through_a_link_to_a_character_device_keeps_the_link_and_the_device()
    {
        Assert.SkipWhen(!File.Exists("/dev/null"), "needs /dev/null to link to");
        using var directory = new TemporaryDirectory();
        string link = directory.File("sink");
        File.CreateSymbolicLink(link, "/dev/null");

        var result = CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json", "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Output_through_a_link_to_a_regular_file_replaces_the_file_and_keeps_the_link()
    {
        using var directory = new TemporaryDirectory();
        string file = directory.File("real.json");
        File.WriteAllText(file, "old");
        string link = directory.File("link.json");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(0, CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json", "-o", link).ExitCode);

        Assert.Equal(file, new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        Assert.Contains("\"intervals\"", File.ReadAllText(file));
    }

    [Fact]
    public void A_dash_writes_to_standard_output()
    {
        var result = CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"intervals\"", result.Output);
    }

    [Fact]
    public void Output_onto_the_input_scenario_is_refused_and_the_scenario_kept()
    {
        using var directory = new TemporaryDirectory();
        string scenario = directory.File("bank.yaml");
        File.Copy(CliRunner.BankScenario, scenario);
        string before = File.ReadAllText(scenario);

        var result = CliRunner.Run("staff", scenario, "--format", "json", "-o", scenario);

        CliRunner.AssertBadInput(result, $"--output: '{scenario}' is the input file this command reads");
        Assert.Equal(before, File.ReadAllText(scenario));
    }

    [Fact]
    public void Output_onto_the_journal_is_refused_before_anything_runs()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--journal", journal, "-o", journal);

        CliRunner.AssertBadInput(result, "is the journal this command reads");
        Assert.False(File.Exists(journal));
    }

    [Fact]
    public void A_folder_given_as_output_is_refused_before_the_simulation()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--journal", journal, "-o", directory.Path);

        CliRunner.AssertBadInput(result, "it is a directory");
        Assert.False(File.Exists(journal), "the run started although its output could not be written");
    }

    [Fact]
    public void A_file_where_the_report_folder_should_go_is_refused_before_the_simulation()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");
        string report = directory.File("report");
        File.WriteAllText(report, "a file");

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--journal", journal, "--report", report);

        CliRunner.AssertBadInput(result, "--report: cannot write a report to");
        Assert.False(File.Exists(journal), "the run started although its report could not be written");
    }

    [Fact]
    public void A_file_in_the_way_of_the_output_folder_is_refused_before_the_simulation()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("blocker"), "a file");
        string journal = directory.File("run.jsonl");

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--journal", journal,
            "-o", Path.Combine(directory.File("blocker"), "out.json"));

        CliRunner.AssertBadInput(result, "is a file, not a folder");
        Assert.False(File.Exists(journal));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_without_write_permission_is_refused_before_the_simulation()
    {
        Assert.SkipWhen(Environment.UserName == "root", "root may write anywhere; the check needs an ordinary user");
        using var directory = new TemporaryDirectory();
        string locked = directory.File("locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        string journal = directory.File("run.jsonl");
        try
        {
            var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--journal", journal, "-o", Path.Combine(locked, "out.json"));

            CliRunner.AssertBadInput(result, "permission denied");
            Assert.False(File.Exists(journal));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
