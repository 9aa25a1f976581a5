using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Simulator.Grains.Hosting;

/// <summary>Where one silo of a real cluster listens.</summary>
/// <param name="AdvertisedAddress">The address other silos and clients reach this one at: loopback for one machine, the machine's own address for
/// several.</param>
/// <param name="DashboardPort">Serve the Orleans dashboard on 127.0.0.1 at this port (it has no authentication); null for none.</param>
public sealed record SiloEndpoints(int SiloPort, int GatewayPort, int? DashboardPort, IPAddress AdvertisedAddress,
    string ClusterId = SiloSettings.DefaultClusterId);

/// <summary>One silo of a multi-silo cluster whose membership lives in Redis (<c>ccsim silo</c>).</summary>
public static class ClusterSilo
{
    /// <param name="log">Where the runtime's warnings and errors go; null: nowhere.</param>
    /// <param name="tls">Mutual TLS with the cluster's certificate; null: plain TCP (loopback or a private network only).</param>
    public static IHost Build(ClusterAddress cluster, SiloEndpoints endpoints, SiloLog? log = null, ClusterTls? tls = null)
    {
        void Configure(ISiloBuilder silo)
        {
            silo.UseRedisClustering(cluster.RedisConfiguration)
                .Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = endpoints.ClusterId;
                    options.ServiceId = SiloSettings.ServiceId;
                })
                // Listen on the given address only: listening on every interface (0.0.0.0) opened an unauthenticated
                // silo to the network while the start-up line said 127.0.0.1.
                .ConfigureEndpoints(endpoints.AdvertisedAddress, endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: false)
                .AddSimulation();
            tls?.ApplyTo(silo);
            if (endpoints.DashboardPort is not null) silo.AddDashboard();
        }

        // One line per warning or error on the writer the command gives: the default console logger wrote stack traces to standard output.
        void Logging(ILoggingBuilder logging)
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Warning);
            if (log is not null) logging.AddProvider(log);
        }

        if (endpoints.DashboardPort is not int dashboardPort)
        {
            var builder = Host.CreateApplicationBuilder();
            Logging(builder.Logging);
            builder.UseOrleans(Configure);
            return builder.Build();
        }

        var web = WebApplication.CreateBuilder();
        web.WebHost.UseUrls($"http://127.0.0.1:{dashboardPort}");
        Logging(web.Logging);
        web.UseOrleans(Configure);
        var app = web.Build();
        app.MapOrleansDashboard();
        return app;
    }
}
