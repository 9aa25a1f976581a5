using Simulator.Grains.Hosting;

namespace Simulator.Cli;

/// <summary>The Orleans side of a simulation command: an embedded single-node silo, or a client of a cluster.</summary>
internal sealed class Orleans : IAsyncDisposable
{
    private readonly IAsyncDisposable _host;

    private Orleans(IClusterClient client, IAsyncDisposable host)
    {
        Client = client;
        _host = host;
    }

    public IClusterClient Client { get; }

    public static async Task<Orleans> ConnectAsync(ClusterAddress? cluster, string clusterId, CancellationToken cancellationToken)
    {
        if (cluster is null)
        {
            var silo = await EmbeddedSilo.StartAsync(cancellationToken);
            return new Orleans(silo.Client, silo);
        }
        var client = await ClusterClient.ConnectAsync(cluster, clusterId, cancellationToken);
        return new Orleans(client.Client, client);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
