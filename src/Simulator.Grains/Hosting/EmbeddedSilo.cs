using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Simulator.Grains.Hosting;

/// <summary>
/// A single-node Orleans silo co-hosted in this process (localhost clustering, no set-up), with its
/// client: what simulation commands use unless they join a real cluster.
/// </summary>
public static class EmbeddedSilo
{
    /// <summary>Starts a silo on free loopback ports, so several can run side by side (tests, parallel jobs).</summary>
    public static Task<OrleansConnection> StartAsync(CancellationToken cancellationToken = default) => StartAsync(_ => { }, cancellationToken);

    /// <param name="configure">Settings of this silo on top of ccsim's (a benchmark switching a mechanism off).</param>
    public static async Task<OrleansConnection> StartAsync(Action<ISiloBuilder> configure, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort(), serviceId: SiloSettings.ServiceId,
                clusterId: $"ccsim-embedded-{Guid.NewGuid():N}")
                .AddSimulation();
            configure(silo);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new OrleansConnection(host);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
