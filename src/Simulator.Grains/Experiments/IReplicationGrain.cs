namespace Simulator.Grains.Experiments;

/// <summary>
/// Runs one replication of one scenario variant with the Core kernel. Each replication (and each
/// retry of it) is its own grain key, so activations are placed afresh, spread over the silos.
/// </summary>
[Alias("ccsim.IReplicationGrain")]
public interface IReplicationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Activates the grain and says which silo it lives on, so the caller can watch that silo while it
    /// runs. Instant when all is well; a short timeout turns a call lost with a dying silo into a retry.
    /// </summary>
    [Alias("Locate")]
    [ResponseTimeout("00:00:10")]
    Task<string> LocateAsync();

    [Alias("Run")]
    Task<ReplicationOutcome> RunAsync(ReplicationRequest request);
}
