using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Simulator.Core.Scenarios;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Tests;

/// <summary>
/// Mutual TLS with the cluster's certificate: a silo and a client that hold it talk, one without it (or with another
/// certificate) is refused. Localhost clustering stands in for Redis: TLS is on the connections, whatever finds the gateway.
/// </summary>
public sealed class ClusterTlsTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RefusedWithin = TimeSpan.FromSeconds(15);
    private readonly int _siloPort = FreePort();
    private readonly int _gatewayPort = FreePort();
    private readonly string _clusterId = $"tls-{Guid.NewGuid():N}";
    private readonly List<IHost> _hosts = [];

    /// <summary>A self-signed certificate for server and client authentication, made here as an operator would with openssl.</summary>
    private static ClusterTls NewClusterCertificate(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false)); // server and client authentication
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return ClusterTls.From(X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx, "pfx-password"), "pfx-password"));
    }

    private async Task StartSiloAsync(ClusterTls tls)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(_siloPort, _gatewayPort, serviceId: SiloSettings.ServiceId, clusterId: _clusterId).AddSimulation();
            tls.ApplyTo(silo);
        });
        var host = builder.Build();
        _hosts.Add(host);
        await host.StartAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    /// <param name="responseTimeout">How long a call may wait for its answer (ccsim's half hour when null).</param>
    private async Task<IClusterClient> StartClientAsync(ClusterTls? tls, TimeSpan? responseTimeout = null)
    {
        var host = ClientHost(tls, responseTimeout);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(responseTimeout ?? Patience); // a start that keeps retrying is given up, not left running
        await host.StartAsync(limit.Token);
        return host.Services.GetRequiredService<IClusterClient>();
    }

    private IHost ClientHost(ClusterTls? tls, TimeSpan? responseTimeout)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering(_gatewayPort, serviceId: SiloSettings.ServiceId, clusterId: _clusterId).AddSimulation();
            tls?.ApplyTo(client);
            if (responseTimeout is TimeSpan timeout) client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = timeout);
        });
        var host = builder.Build();
        _hosts.Add(host);
        return host;
    }

    private static Scenario SmallExperiment() =>
        ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml")) with { Replications = 2 };

    [Fact]
    public async Task A_client_with_the_cluster_certificate_runs_an_experiment_over_mutual_tls()
    {
        var tls = NewClusterCertificate("ccsim-cluster");
        await StartSiloAsync(tls);
        var client = await StartClientAsync(tls);

        int finished = 0;
        await new ExperimentCoordinator(client).RunAsync(SmallExperiment(), onFinished: _ => Interlocked.Increment(ref finished),
            cancellationToken: TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(2, finished);
    }

    [Fact]
    public async Task A_client_without_the_cluster_certificate_or_with_another_one_is_refused()
    {
        await StartSiloAsync(NewClusterCertificate("ccsim-cluster"));

        // The gateway ends every handshake, so the client never starts (it keeps trying), or its first call never reaches a grain:
        // no answer in the time a client with the certificate needs for a whole experiment.
        async Task Refused(ClusterTls? tls)
        {
            var failure = await Record.ExceptionAsync(async () =>
            {
                var client = await StartClientAsync(tls, responseTimeout: RefusedWithin);
                await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, TestContext.Current.CancellationToken)
                    .WaitAsync(RefusedWithin, TestContext.Current.CancellationToken);
            });
            Assert.NotNull(failure);
        }

        await Refused(tls: null);
        await Refused(NewClusterCertificate("someone-else"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            try
            {
                using var limit = new CancellationTokenSource(Patience);
                await host.StopAsync(limit.Token);
            }
            catch (Exception)
            {
                // A refused client may not stop cleanly; the test is about what came before.
            }
            host.Dispose();
        }
    }
}
