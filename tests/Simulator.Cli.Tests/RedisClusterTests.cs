using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

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

    /// <summary>
    /// rediss:// against a real redis-server that speaks only TLS, its certificate signed by a throwaway CA: silo and client trust the CA
    /// the way docs/security.md gives (SSL_CERT_FILE names the CA file), run an experiment to the embedded silo's numbers, and a client
    /// that does not trust the CA is refused with the reason.
    /// </summary>
    [Fact]
    public async Task A_redis_server_speaking_only_tls_holds_the_cluster_when_its_ca_is_trusted()
    {
        string? redis = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (redis is null) Assert.Skip("redis-server is not installed (apt-get install redis-server); .ci/run installs it so this test runs in CI.");
        var cancel = TestContext.Current.CancellationToken;
        using var directory = new TemporaryDirectory();
        var (caFile, certificateFile, keyFile) = ThrowawayCertificates(directory);

        int redisPort = FreePort();
        var trustCa = new Dictionary<string, string> { ["SSL_CERT_FILE"] = caFile };
        await StartAsync(redis, $"--port 0 --tls-port {redisPort} --bind 127.0.0.1 --tls-cert-file \"{certificateFile}\" --tls-key-file \"{keyFile}\" " +
            $"--tls-ca-cert-file \"{caFile}\" --tls-auth-clients no --save \"\" --appendonly no", "Ready to accept connections", cancel);
        string cluster = $"rediss://127.0.0.1:{redisPort}";
        string clusterId = $"tls-{Guid.NewGuid():N}";
        string ccsim = Path.Combine(AppContext.BaseDirectory, "ccsim.dll");
        await StartAsync("dotnet", $"\"{ccsim}\" silo --cluster {cluster} --cluster-id {clusterId} --silo-port {FreePort()} --gateway-port {FreePort()}",
            "Silo up", cancel, trustCa);

        string[] run = ["run", CliRunner.BankScenario, "--replications", "6", "--format", "json"];
        var embedded = CliRunner.Run(run);
        var (exitCode, output, error) = await RunToEndAsync("dotnet", $"\"{ccsim}\" {string.Join(' ', run)} --cluster {cluster} --cluster-id {clusterId}",
            trustCa, cancel);
        var untrusted = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--cluster", cluster, "--cluster-id", clusterId);

        Assert.True(exitCode == 0, error);
        Assert.Equal(embedded.Output, output);
        Assert.NotEqual(0, untrusted.ExitCode);
        Assert.Contains($"Cannot reach the cluster's Redis server at {cluster}", untrusted.Error, StringComparison.Ordinal);
        Assert.Contains("a server certificate this machine does not trust", untrusted.Error, StringComparison.Ordinal);
    }

    /// <summary>A CA and a server certificate for 127.0.0.1 signed by it, as PEM files redis-server reads: (CA, certificate, key).</summary>
    private static (string Ca, string Certificate, string Key) ThrowawayCertificates(TemporaryDirectory directory)
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=ccsim test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(now.AddHours(-1), now.AddDays(1));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false)); // server authentication
        using var server = serverRequest.Create(ca, now.AddHours(-1), now.AddDays(1), RandomNumberGenerator.GetBytes(8));

        string caFile = directory.File("ca.crt"), certificateFile = directory.File("redis.crt"), keyFile = directory.File("redis.key");
        File.WriteAllText(caFile, ca.ExportCertificatePem());
        File.WriteAllText(certificateFile, server.ExportCertificatePem());
        File.WriteAllText(keyFile, serverKey.ExportPkcs8PrivateKeyPem());
        return (caFile, certificateFile, keyFile);
    }

    /// <summary>Runs a process to its end: (exit code, standard output, standard error).</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunToEndAsync(string file, string arguments,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel).WaitAsync(TimeSpan.FromSeconds(180), cancel);
        return (process.ExitCode, await output, await error);
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
    private async Task<Process> StartAsync(string file, string arguments, string ready, CancellationToken cancel,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false },
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) process.StartInfo.Environment[name] = value;
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
