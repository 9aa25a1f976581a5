using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Messaging;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Hosting;

/// <summary>A client of a running cluster found through its Redis membership table (<c>ccsim run --cluster</c>).</summary>
public static class ClusterClient
{
    public static Task<OrleansConnection> ConnectAsync(ClusterAddress cluster, string clusterId = SiloSettings.DefaultClusterId,
        CancellationToken cancellationToken = default) =>
        ConnectAsync(cluster, clusterId, tls: null, ClusterProbe.DefaultTimeout, cancellationToken);

    /// <param name="tls">Mutual TLS with the cluster's certificate; null: plain TCP.</param>
    /// <param name="timeout">How long Redis and the silos' gateways each get to answer before the cluster is reported missing.</param>
    public static async Task<OrleansConnection> ConnectAsync(ClusterAddress cluster, string clusterId, ClusterTls? tls, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        await ClusterProbe.CheckRedisAsync(cluster, timeout, cancellationToken);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(cluster.RedisConfiguration)
                .Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = clusterId;
                    options.ServiceId = SiloSettings.ServiceId;
                })
                .AddSimulation();
            tls?.ApplyTo(client);
        });
        var host = builder.Build();
        try
        {
            // A membership table without a silo that answers: say so now (the client alone waited about three minutes).
            var gateways = host.Services.GetRequiredService<IGatewayListProvider>();
            await gateways.InitializeGatewayListProvider();
            var listed = await gateways.GetGateways();
            if (!await ClusterProbe.AnyGatewayAnswersAsync(listed, timeout, cancellationToken))
            {
                throw new ClusterUnavailableException(ClusterProbe.NoSilo(cluster, clusterId, listed.Count), new SiloUnavailableException());
            }
            await host.StartAsync(cancellationToken);
        }
        catch (ClusterUnavailableException)
        {
            host.Dispose();
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"Cannot join the cluster at {cluster}: {e.Message}", e);
        }
        return new OrleansConnection(host);
    }
}
