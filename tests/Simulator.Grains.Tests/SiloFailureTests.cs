using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Simulator.Core.Simulation;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Tests;

/// <summary>
/// Holds every replication that reaches the victim silo until the test has killed that silo, so the
/// kill lands mid-experiment with work in flight there — deterministically, without sleeping.
/// </summary>
internal sealed class VictimGate : IReplicationGate
{
    private readonly TaskCompletionSource _workHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SiloAddress? Victim { get; set; }

    public Task WorkHeld => _workHeld.Task;

    public Task BeforeRunAsync(int replication, SiloAddress silo)
    {
        if (!silo.Equals(Victim) || _released.Task.IsCompleted) return Task.CompletedTask;
        _workHeld.TrySetResult();
        return _released.Task;
    }

    public void Release() => _released.TrySetResult();
}

/// <summary>Each test has its own cluster: they kill silos.</summary>
public class SiloFailureTests(ITestOutputHelper output)
{
    /// <summary>A test cluster configured as ccsim silos are, whose replications pass through <paramref name="gate"/>.</summary>
    private static async Task<InProcessTestCluster> StartAsync(short silos, VictimGate gate, CancellationToken cancel)
    {
        var cluster = new InProcessTestClusterBuilder(silos)
            .ConfigureSilo((_, silo) =>
            {
                silo.AddSimulation();
                silo.Services.AddSingleton<IReplicationGate>(gate);
            })
            .ConfigureClient(client => client.AddSimulation())
            .Build();
        await cluster.DeployAsync(cancel);
        return cluster;
    }

    [Fact]
    public async Task Killing_a_silo_mid_experiment_loses_nothing_and_changes_no_number()
    {
        var cancel = TestContext.Current.CancellationToken;
        var gate = new VictimGate();
        await using var cluster = await StartAsync(silos: 3, gate, cancel);
        var victim = cluster.Silos[2];
        gate.Victim = victim.SiloAddress;
        var scenario = Experiments.Bank(replications: 30);
        var coordinator = new ExperimentCoordinator(cluster.Client);

        var experiment = coordinator.RunAsync(scenario, cancellationToken: cancel);
        await gate.WorkHeld.WaitAsync(cancel);
        await cluster.KillSiloAsync(victim, cancel);
        gate.Release();
        ExperimentResult result;
        try
        {
            result = await experiment.WaitAsync(TimeSpan.FromMinutes(2), cancel);
        }
        catch (TimeoutException)
        {
            foreach (var (replication, state) in coordinator.InFlight) output.WriteLine($"replication {replication}: {state}");
#pragma warning disable xUnit1051 // the call has no overload that takes the token; WaitAsync below honours it
            var membership = cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false);
#pragma warning restore xUnit1051
            var hosts = await membership.WaitAsync(TimeSpan.FromSeconds(10), cancel);
            output.WriteLine("membership: " + string.Join(", ", hosts.Select(h => $"{h.Key} {h.Value}")) + $"; victim {victim.SiloAddress}");
            throw;
        }

        var direct = ExperimentRunner.Run(scenario, cancellationToken: cancel);
        Assert.Equal(Experiments.Fingerprint(direct), Experiments.Fingerprint(result));
        Assert.DoesNotContain(victim.SiloAddress.ToString(), coordinator.SilosUsed);
    }

    [Fact]
    public async Task Losing_every_silo_ends_the_experiment_with_a_clear_error_not_a_hang()
    {
        var cancel = TestContext.Current.CancellationToken;
        var gate = new VictimGate();
        await using var cluster = await StartAsync(silos: 1, gate, cancel);
        gate.Victim = cluster.Silos[0].SiloAddress;
        var coordinator = new ExperimentCoordinator(cluster.Client) { MaxAttempts = 2 };

        var experiment = coordinator.RunAsync(Experiments.Bank(replications: 4), cancellationToken: cancel);
        await gate.WorkHeld.WaitAsync(cancel);
        await cluster.KillSiloAsync(cluster.Silos[0], cancel);
        gate.Release();

        var failure = await Assert.ThrowsAsync<ClusterUnavailableException>(() => experiment.WaitAsync(TimeSpan.FromMinutes(2), cancel));
        Assert.Contains("giving up", failure.Message);
    }
}
