using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Simulator.Cli.Tests;

/// <summary>
/// A real cluster: redis-server on a free loopback port, two `ccsim silo` processes, and `ccsim run
/// --cluster` as the client. Skipped where redis-server is not installed (.ci/run installs it).
/// </summary>
public sealed class RedisClusterTests : IDisposable
{
    private readonly List<Process> _processes = [];

    [Fact]
    public async Task Two_silo_processes_and_a_client_give_the_embedded_silo_numbers_even_after_losing_a_silo()
    {
        string? redis = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (redis is null) Assert.Skip("redis-server is not installed (apt-get install redis-server); .ci/run installs it so this test runs in CI.");
        var cancel = TestContext.Current.CancellationToken;

        int redisPort = FreePort();
        await StartAsync(redis, $"--port {redisPort} --bind 127.0.0.1 --save \"\" --appendonly no", "Ready to accept connections", cancel);
        string cluster = $"redis://127.0.0.1:{redisPort}";
        string clusterId = $"test-{Guid.NewGuid():N}";
        string ccsim = Path.Combine(AppContext.BaseDirectory, "ccsim.dll");
        var silos = await Task.WhenAll(
            StartAsync("dotnet", $"\"{ccsim}\" silo --cluster {cluster} --cluster-id {clusterId} --silo-port {FreePort()} --gateway-port {FreePort()}",
                "Silo up", cancel),
            StartAsync("dotnet", $"\"{ccsim}\" silo --cluster {cluster} --cluster-id {clusterId} --silo-port {FreePort()} --gateway-port {FreePort()}",
                "Silo up", cancel));

        string[] run = ["run", CliRunner.BankScenario, "--replications", "12", "--format", "json"];
        var embedded = CliRunner.Run(run);
        var onCluster = CliRunner.Run([.. run, "--cluster", cluster, "--cluster-id", clusterId]);
        silos[1].Kill(entireProcessTree: true);
        await silos[1].WaitForExitAsync(cancel);
        var afterLoss = CliRunner.Run([.. run, "--cluster", cluster, "--cluster-id", clusterId]);

        Assert.True(onCluster.ExitCode == 0, onCluster.Error);
        Assert.Equal(embedded.Output, onCluster.Output);
        Assert.True(afterLoss.ExitCode == 0, afterLoss.Error);
        Assert.Equal(embedded.Output, afterLoss.Output);
    }

    [Fact]
    public async Task A_cluster_with_no_silo_is_reported_at_once_with_what_to_start()
    {
        string? redis = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (redis is null) Assert.Skip("redis-server is not installed (apt-get install redis-server); .ci/run installs it so this test runs in CI.");
        int redisPort = FreePort();
        await StartAsync(redis, $"--port {redisPort} --bind 127.0.0.1 --save \"\" --appendonly no", "Ready to accept connections",
            TestContext.Current.CancellationToken);

        // An empty membership table: the client used to wait about three minutes before saying it found no gateway.
        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--cluster", $"redis://127.0.0.1:{redisPort}", "--cluster-id",
            "nobody-home");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ccsim: No silo of cluster 'nobody-home' at redis://127.0.0.1:{redisPort} is running (the membership table lists none). Start at " +
            $"least one with `ccsim silo --cluster redis://127.0.0.1:{redisPort} --cluster-id nobody-home` (and the same TLS options as this command, " +
            "if any), then run this again." + Environment.NewLine, result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Serve_joins_a_cluster_over_tls_with_the_certificate_options_run_takes()
    {
        string? redis = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (redis is null) Assert.Skip("redis-server is not installed (apt-get install redis-server); .ci/run installs it so this test runs in CI.");
        var cancel = TestContext.Current.CancellationToken;
        using var directory = new TemporaryDirectory();
        string pfx = directory.File("cluster.pfx"), password = directory.File("cluster.password");
        File.WriteAllBytes(pfx, ClusterCertificate("pfx-password"));
        File.WriteAllText(password, "pfx-password\n");
        string tls = $"--tls-certificate \"{pfx}\" --tls-password-file \"{password}\"";

        int redisPort = FreePort();
        await StartAsync(redis, $"--port {redisPort} --bind 127.0.0.1 --save \"\" --appendonly no", "Ready to accept connections", cancel);
        string cluster = $"redis://127.0.0.1:{redisPort} --cluster-id test-{Guid.NewGuid():N}";
        string ccsim = Path.Combine(AppContext.BaseDirectory, "ccsim.dll");
        await StartAsync("dotnet", $"\"{ccsim}\" silo --cluster {cluster} --silo-port {FreePort()} --gateway-port {FreePort()} {tls}", "Silo up", cancel);

        // The silo accepts only TLS connections that show the cluster's certificate: serve prints its address once it has joined.
        string serveArguments = $"\"{ccsim}\" serve --urls http://127.0.0.1:{FreePort()} --scenarios \"{directory.Path}\" --cluster {cluster} {tls}";
        var serve = await StartAsync("dotnet", serveArguments, "ccsim workspace:", cancel);

        Assert.False(serve.HasExited);
    }

    /// <summary>A self-signed certificate for server and client authentication, as an operator would make with openssl, as PFX bytes.</summary>
    private static byte[] ClusterCertificate(string password)
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=ccsim-cluster", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension(
            [new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1"), new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return made.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, password);
    }

    /// <summary>Starts a process and waits (without sleeping) until it prints <paramref name="ready"/>.</summary>
    private async Task<Process> StartAsync(string file, string arguments, string ready, CancellationToken cancel)
    {
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false },
        };
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (log) log.AppendLine(e.Data);
            if (e.Data?.Contains(ready) == true) up.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.Exited += (_, _) => up.TrySetException(new InvalidOperationException($"{file} exited before it was ready:\n{log}"));
        process.EnableRaisingEvents = true;
        process.Start();
        _processes.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await up.Task.WaitAsync(TimeSpan.FromSeconds(120), cancel); // a silo starts in seconds, but the whole suite shares two cores
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }
}
