using Orleans.TestingHost;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Tests;

/// <summary>One in-process three-silo cluster, configured as ccsim silos are, shared by every test in the collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = new InProcessTestClusterBuilder(3)
        .ConfigureSilo((_, silo) => silo.AddSimulation())
        .ConfigureClient(client => client.AddSimulation())
        .Build();

    public IClusterClient Client => Cluster.Client;

    public async ValueTask InitializeAsync() => await Cluster.DeployAsync();

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
