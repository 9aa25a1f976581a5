using Orleans.TestingHost;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Tests;

/// <summary>An in-process cluster shared by every test in a collection: deployed once, disposed at the end.</summary>
public abstract class SharedCluster(InProcessTestCluster cluster) : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = cluster;

    public IClusterClient Client => Cluster.Client;

    public async ValueTask InitializeAsync() => await Cluster.DeployAsync();

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One in-process three-silo cluster, configured as ccsim silos are, shared by every test in the collection.</summary>
public sealed class ClusterFixture() : SharedCluster(new InProcessTestClusterBuilder(3)
    .ConfigureSilo((_, silo) => silo.AddSimulation())
    .ConfigureClient(client => client.AddSimulation())
    .Build());

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
