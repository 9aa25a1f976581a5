namespace Simulator.Cli.Tests;

public class ClusterOptionTests
{
    [Theory]
    [InlineData("localhost:6379")]
    [InlineData("http://127.0.0.1:6379")]
    [InlineData("redis://")]
    public void A_cluster_address_must_be_a_redis_url(string address)
    {
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--cluster", address), "--cluster: expected a Redis address such as redis://127.0.0.1:6379");
    }

    [Theory]
    [InlineData(new[] { "--silo-port", "0" }, "--silo-port: expected a port from 1 to 65535")]
    [InlineData(new[] { "--gateway-port", "70000" }, "--gateway-port: expected a port from 1 to 65535")]
    [InlineData(new[] { "--dashboard", "web" }, "--dashboard: expected a port from 1 to 65535")]
    [InlineData(new[] { "--address", "my-machine" }, "--address: expected an IP address")]
    public void Silo_options_are_checked_before_anything_starts(string[] args, string message)
    {
        CliRunner.AssertBadInput(CliRunner.Run(["silo", "--cluster", "redis://127.0.0.1:6379", .. args]), message);
    }

    [Fact]
    public void A_silo_needs_its_cluster()
    {
        CliRunner.AssertBadInput(CliRunner.Run("silo"), "Option '--cluster' is required");
    }

    [Fact]
    public void An_unreachable_cluster_is_a_clear_error_with_exit_code_2()
    {
        // Port 1 on loopback: nothing listens, so the Redis membership store cannot be reached.
        var result = CliRunner.Run("run", CliRunner.BankScenario, "--cluster", "redis://127.0.0.1:1");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ccsim: Cannot join the cluster at redis://127.0.0.1:1", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Output);
    }
}
