namespace Simulator.Cli.Tests;

/// <summary>Runs ccsim in-process and captures what it prints.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CcsimApp.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static string BankScenario => RepositoryPaths.Scenario("retail-bank-weekday.yaml");

    /// <summary>Bad input gets one paragraph on stderr: no stack trace, nothing on stdout.</summary>
    public static void AssertBadInput(CliResult result, string expected)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Equal("", result.Output);
    }
}
