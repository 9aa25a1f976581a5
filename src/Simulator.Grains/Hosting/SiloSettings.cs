using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Hosting;

/// <summary>What every ccsim silo and client shares: services, membership tuned to notice a dead silo in seconds, timeouts.</summary>
public static class SiloSettings
{
    public const string ServiceId = "ccsim";
    public const string DefaultClusterId = "ccsim";

    /// <summary>Grain storage of live centres' customer histories: in the silos' memory, as a live session is.</summary>
    public const string LiveStorage = "ccsim-live";

    /// <summary>
    /// Long enough for a long replication; a call to a silo that dies fails as soon as membership
    /// declares it dead (seconds, below), not when this runs out.
    /// </summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Grain addresses a silo remembers. Orleans' default, a million, fills with a key per replication (each replication is its own grain,
    /// about 500 bytes an entry): a million replications held 500 MB of addresses of grains long gone. A hundred thousand bounds that
    /// near 50 MB and still covers a live centre's grains; an address not remembered is looked up again in the directory.
    /// </summary>
    public const int DirectoryCacheSize = 100_000;

    public static ISiloBuilder AddSimulation(this ISiloBuilder silo)
    {
        silo.Configure<GrainDirectoryOptions>(options => options.CacheSize = DirectoryCacheSize);
        silo.Services.AddSingleton<ScenarioCache>();
        silo.Services.AddSingleton<ReplicationSlots>();
        silo.Services.TryAddSingleton(new Live.LiveClock(TimeProvider.System));
        silo.Services.TryAddSingleton<Live.LivePacer>();
        silo.AddMemoryGrainStorage(LiveStorage);
        // Membership's clock counts from start-up, so the watchdog's first look does not report the machine's uptime as a stall.
        silo.Services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Membership, (_, _) => new StartupTimeProvider(TimeProvider.System));
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            // Defaults take tens of seconds to declare a silo dead; these take a few. Two votes (Orleans
            // asks fewer of a two-silo cluster) keep one overloaded prober from evicting a live silo.
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 2;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
            options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            options.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
        });
        silo.Configure<SiloMessagingOptions>(options =>
        {
            options.ResponseTimeout = ResponseTimeout;
            options.RequestProcessingWarningTime = ResponseTimeout;
        });
        return silo;
    }

    public static IClientBuilder AddSimulation(this IClientBuilder client)
    {
        client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
        client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        return client;
    }
}
