namespace Simulator.Cli.Tests;

public class ClusterOptionTests
{
    [Theory]
    [InlineData("localhost:6379")]
    [InlineData("http://127.0.0.1:6379")]
    [InlineData("redis://")]
    public void A_cluster_address_must_be_a_redis_url(string address)
    {
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--cluster", address),
            "--cluster: expected a Redis address such as redis://127.0.0.1:6379");
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
        Assert.StartsWith("ccsim: Cannot reach the cluster's Redis server at redis://127.0.0.1:1: it does not answer within 3 s. Start redis-server there",
            result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Output);
    }
}

public class SiloEndpointTests
{
    [Fact]
    public void The_same_port_for_silo_and_gateway_is_refused()
    {
        CliRunner.AssertBadInput(CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--silo-port", "31001", "--gateway-port", "31001"),
            "--silo-port and --gateway-port: each needs a port of its own, but both are 31001");
    }

    [Fact]
    public void A_port_another_program_listens_on_is_refused_before_joining()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            int taken = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

            var result = CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--silo-port", $"{taken}", "--gateway-port", "1");

            CliRunner.AssertBadInput(result, $"--silo-port: port {taken} on 127.0.0.1 is not free");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void A_silo_listens_only_on_the_address_it_is_given()
    {
        var endpoints = new Grains.Hosting.SiloEndpoints(31011, 31012, null, System.Net.IPAddress.Loopback);
        using var host = Grains.Hosting.ClusterSilo.Build(Grains.Hosting.ClusterAddress.Parse("--cluster", "redis://127.0.0.1:1"), endpoints);

        var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Orleans.Configuration.EndpointOptions>>(host.Services).Value;

        // Orleans listens on the advertised address unless a listening endpoint says otherwise.
        Assert.Equal(System.Net.IPAddress.Loopback, options.SiloListeningEndpoint?.Address ?? options.AdvertisedIPAddress);
        Assert.Equal(System.Net.IPAddress.Loopback, options.GatewayListeningEndpoint?.Address ?? options.AdvertisedIPAddress);
    }
}

public class RedisAddressTests
{
    [Fact]
    public void A_password_in_the_url_is_used_and_never_printed()
    {
        var address = Grains.Hosting.ClusterAddress.Parse("--cluster", "redis://:s3cr%40t@10.0.0.5:6380", environmentPassword: null);

        Assert.Contains("password=s3cr@t", address.RedisConfiguration);
        Assert.Contains("10.0.0.5:6380", address.RedisConfiguration);
        Assert.Equal("redis://10.0.0.5:6380", address.ToString());
    }

    [Fact]
    public void Rediss_connects_with_tls()
    {
        var address = Grains.Hosting.ClusterAddress.Parse("--cluster", "rediss://redis.example:6380", environmentPassword: null);

        Assert.True(address.Tls);
        Assert.Contains("ssl=True", address.RedisConfiguration);
        Assert.Equal("rediss://redis.example:6380", address.ToString());
    }

    [Fact]
    public void The_password_can_come_from_the_environment_instead_of_the_command_line()
    {
        var address = Grains.Hosting.ClusterAddress.Parse("--cluster", "redis://127.0.0.1:6379", environmentPassword: "from-env");

        Assert.Contains("password=from-env", address.RedisConfiguration);
        Assert.DoesNotContain("from-env", address.ToString());
    }
}
