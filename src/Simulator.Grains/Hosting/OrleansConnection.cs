using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Simulator.Grains.Hosting;

/// <summary>A started Orleans host (an embedded silo, or a client of a cluster) and its cluster client; disposing stops it.</summary>
public sealed class OrleansConnection : IAsyncDisposable
{
    private readonly IHost _host;

    internal OrleansConnection(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <summary>
    /// Where a failure to stop is reported (one line); standard error unless a caller says otherwise. Stopping comes after
    /// the command's work is written: a cluster lost by then (its Redis server gone) must not turn a delivered result into an error.
    /// </summary>
    public TextWriter StopFailures { get; set; } = Console.Error;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            StopFailures.WriteLine($"ccsim: warning: the connection to the cluster did not close cleanly ({e.GetType().Name}: {e.Message}); " +
                "the results above are complete.");
        }
        finally
        {
            _host.Dispose();
        }
    }
}
