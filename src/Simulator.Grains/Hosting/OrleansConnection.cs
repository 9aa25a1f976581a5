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

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
