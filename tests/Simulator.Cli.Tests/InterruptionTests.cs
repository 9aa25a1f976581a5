using System.Runtime.InteropServices;

namespace Simulator.Cli.Tests;

/// <summary>An interrupted command exits as shells expect (128 + the signal) and says only what applies to it.</summary>
public class InterruptionTests
{
    private static CliResult RunInterrupted(PosixSignal signal, params string[] args)
    {
        using var interruption = new Interruption();
        interruption.Request(signal);
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CcsimApp.RunAsync(args, output, error, interruption).GetAwaiter().GetResult();
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_run_stopped_by_sigterm_exits_143_and_mentions_its_journal()
    {
        var result = RunInterrupted(PosixSignal.SIGTERM, "run", CliRunner.BankScenario, "--replications", "2");

        Assert.Equal(143, result.ExitCode);
        Assert.Contains("cancelled; nothing was written (a --journal keeps", result.Error);
    }

    [Fact]
    public void Live_stopped_by_ctrl_c_exits_130_without_naming_an_option_it_lacks()
    {
        var result = RunInterrupted(PosixSignal.SIGINT, "live", CliRunner.BankScenario, "--no-dashboard");

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("cancelled", result.Error);
        Assert.DoesNotContain("--journal", result.Error);
    }

    [Fact]
    public void A_schedule_stopped_by_ctrl_c_stops_the_solver_exits_130_and_writes_nothing()
    {
        using var folder = new TemporaryDirectory();
        string output = folder.File("schedule.json");

        // Ten minutes of solver time if the search were not stopped.
        var result = RunInterrupted(PosixSignal.SIGINT, "schedule", RepositoryPaths.Scenario("weekly-rules.yaml"), "--time-limit", "600",
            "--format", "json", "-o", output);

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("cancelled; nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
