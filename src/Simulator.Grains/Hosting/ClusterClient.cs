using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Hosting;

/// <summary>A client of a running cluster found through its Redis membership table (<c>ccsim run --cluster</c>).</summary>
public static class ClusterClient
{
    public static async Task<OrleansConnection> ConnectAsync(ClusterAddress cluster, string clusterId = SiloSettings.DefaultClusterId,
        CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .UseRedisClustering(cluster.RedisConfiguration)
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = SiloSettings.ServiceId;
            })
            .AddSimulation());
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"Cannot join the cluster at {cluster}: {e.Message}", e);
        }
        return new OrleansConnection(host);
    }
}
