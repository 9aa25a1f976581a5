using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Simulator.Cli.Commands;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Tests;

public class RedisPasswordFileTests
{
    [Fact]
    public void The_password_is_the_first_line_of_the_file_without_its_line_break()
    {
        using var directory = new TemporaryDirectory();
        string file = directory.File("redis.password");
        File.WriteAllText(file, "s3cr@t pass\n");

        Assert.Equal("s3cr@t pass", ClusterSecurityOptions.ReadSecret("--redis-password-file", file));
    }

    [Fact]
    public void A_missing_empty_or_folder_password_file_is_named_before_anything_connects()
    {
        using var directory = new TemporaryDirectory();
        string empty = directory.File("empty");
        File.WriteAllText(empty, "");
        string Run(string file) => CliRunner.Run("run", CliRunner.BankScenario, "--cluster", "redis://127.0.0.1:1", "--redis-password-file", file).Error;

        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--cluster", "redis://127.0.0.1:1", "--redis-password-file",
            directory.File("missing")), $"--redis-password-file: '{directory.File("missing")}' does not exist; name the file that holds the password.");
        Assert.Contains($"--redis-password-file: '{empty}' is empty; it should hold the password on its first line.", Run(empty));
        Assert.Contains($"--redis-password-file: '{directory.Path}' is a folder", Run(directory.Path));
    }

    [Fact]
    public void An_unreadable_password_file_is_named_with_the_reason()
    {
        using var directory = new TemporaryDirectory();
        string file = directory.File("locked");
        File.WriteAllText(file, "secret");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.None);
        // Root reads any file whatever its mode: then there is nothing to refuse.
        bool readable = true;
        try
        {
            File.ReadAllText(file);
        }
        catch (UnauthorizedAccessException)
        {
            readable = false;
        }
        if (readable) Assert.Skip("this user reads a file without read permission (root): the refusal cannot be shown here.");

        var error = Record.Exception(() => ClusterSecurityOptions.ReadSecret("--redis-password-file", file));

        Assert.StartsWith($"--redis-password-file: cannot read '{file}' (", Assert.IsType<Core.InputException>(error).Message);
    }

    [Fact]
    public void The_file_password_is_used_and_the_url_one_wins_over_it()
    {
        var fromFile = ClusterAddress.Parse("--cluster", "rediss://10.0.0.5:6380", environmentPassword: "from-file");
        var fromUrl = ClusterAddress.Parse("--cluster", "redis://:in-url@10.0.0.5", environmentPassword: "from-file");

        Assert.Contains("password=from-file", fromFile.RedisConfiguration);
        Assert.Contains("ssl=True", fromFile.RedisConfiguration);
        Assert.Contains("password=in-url", fromUrl.RedisConfiguration);
        Assert.Equal("rediss://10.0.0.5:6380", fromFile.ToString());
    }

    [Fact]
    public void Cluster_secrets_without_a_cluster_are_refused()
    {
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--redis-password-file", "x"),
            "--redis-password-file, --tls-certificate and --tls-password-file are for a --cluster");
    }
}

public class SiloTlsOptionTests
{
    [Fact]
    public void A_silo_on_a_network_address_without_tls_is_refused_unless_insecure_is_said()
    {
        CliRunner.AssertBadInput(CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--address", "10.254.254.254"),
            "--address 10.254.254.254: a silo reachable from other machines needs --tls-certificate");

        // With --insecure the address is taken, and found not to be this machine's (before anything starts).
        CliRunner.AssertBadInput(CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--address", "10.254.254.254", "--insecure"),
            "--address 10.254.254.254: is not an address of this machine");
    }

    [Fact]
    public void A_certificate_file_that_is_missing_or_not_a_pfx_is_named()
    {
        using var directory = new TemporaryDirectory();
        string notPfx = directory.File("cluster.pfx");
        File.WriteAllText(notPfx, "not a certificate");

        CliRunner.AssertBadInput(CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--tls-certificate", directory.File("missing.pfx")),
            $"--tls-certificate: cannot read '{directory.File("missing.pfx")}'");
        CliRunner.AssertBadInput(CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--tls-certificate", notPfx),
            $"--tls-certificate: cannot read '{notPfx}' as a PFX certificate with its private key");
        CliRunner.AssertBadInput(CliRunner.Run("silo", "--cluster", "redis://127.0.0.1:1", "--tls-password-file", notPfx),
            "--tls-password-file: is the password of --tls-certificate; give that too.");
    }
}

public class SiloStartupErrorTests
{
    [Fact]
    public async Task A_silo_that_cannot_start_prints_one_paragraph_on_stderr_and_nothing_on_stdout()
    {
        string ccsim = Path.Combine(AppContext.BaseDirectory, "ccsim.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            // Port 1 on loopback: no Redis there. The runtime used to print a page of its stack traces on standard output.
            ArgumentList = { ccsim, "silo", "--cluster", "redis://127.0.0.1:1", "--silo-port", $"{FreePort()}", "--gateway-port", $"{FreePort()}" },
        };
        start.Environment.Remove("CCSIM_DEBUG");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", await output);
        string message = await error;
        Assert.StartsWith("ccsim: Cannot reach the cluster's Redis server at redis://127.0.0.1:1", message);
        Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", message);
    }

    [Fact]
    public void The_silo_log_drops_what_a_failed_start_logged_and_keeps_stack_traces_for_debugging()
    {
        var failure = new InvalidOperationException("Membership failed to start");
        var quiet = new StringWriter();
        var log = new SiloLog(quiet, withStackTraces: false);
        Write(log, LogLevel.Error, failure, "Membership failed to start");
        log.StartFailed();

        var debug = new StringWriter();
        var debugLog = new SiloLog(debug, withStackTraces: true);
        Write(debugLog, LogLevel.Error, Thrown(failure), "Membership failed to start");
        debugLog.StartFailed();

        var running = new StringWriter();
        var runningLog = new SiloLog(running, withStackTraces: false);
        runningLog.Started();
        Write(runningLog, LogLevel.Warning, Thrown(failure), "A gateway went away\nfor now", "Orleans.Messaging");

        Assert.Equal("", quiet.ToString());
        Assert.Contains("   at ", debug.ToString());
        Assert.Equal("ccsim silo warning: A gateway went away for now (InvalidOperationException: Membership failed to start) [Orleans.Messaging]" +
            Environment.NewLine, running.ToString());
    }

    private static void Write(SiloLog log, LogLevel level, Exception exception, string message, string category = "Orleans.Membership") =>
        log.CreateLogger(category).Log(level, default, message, exception, (text, _) => text);

    private static Exception Thrown(Exception e)
    {
        try
        {
            throw e;
        }
        catch (Exception thrown)
        {
            return thrown;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public class ClusterProbeTests
{
    [Fact]
    public async Task A_gateway_where_nothing_listens_does_not_count_and_one_that_listens_does()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var listening = new TcpListener(IPAddress.Loopback, 0);
        listening.Start();
        int live = ((IPEndPoint)listening.LocalEndpoint).Port;
        int dead;
        using (var closed = new TcpListener(IPAddress.Loopback, 0))
        {
            closed.Start();
            dead = ((IPEndPoint)closed.LocalEndpoint).Port;
        }
        var timeout = TimeSpan.FromSeconds(2);

        Assert.False(await ClusterProbe.AnyGatewayAnswersAsync([], timeout, cancel));
        Assert.False(await ClusterProbe.AnyGatewayAnswersAsync([new Uri($"gwy.tcp://127.0.0.1:{dead}/0")], timeout, cancel));
        Assert.True(await ClusterProbe.AnyGatewayAnswersAsync(
            [new Uri($"gwy.tcp://127.0.0.1:{dead}/0"), new Uri($"gwy.tcp://127.0.0.1:{live}/0")], timeout, cancel));
    }
}
