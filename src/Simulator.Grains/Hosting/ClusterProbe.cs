using System.Net.Sockets;
using Simulator.Grains.Experiments;
using StackExchange.Redis;

namespace Simulator.Grains.Hosting;

/// <summary>
/// Quick checks before a silo or client starts, so that a cluster that is not there is reported in seconds with what to
/// start: left to itself, the Orleans client waited about three minutes for a gateway to appear in an empty membership
/// table, and the Redis client's own message spoke of its connection string.
/// </summary>
public static class ClusterProbe
{
    /// <summary>How long the Redis server and a silo's gateway each get to answer.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Connects to the cluster's Redis server and pings it; a server that does not answer, or refuses the password, is named.</summary>
    public static async Task CheckRedisAsync(ClusterAddress cluster, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(cluster.RedisConfiguration);
        options.ConnectTimeout = (int)timeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        options.AbortOnConnectFail = true;
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(timeout * 2, cancellationToken);
            await redis.GetDatabase().PingAsync().WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or SocketException)
        {
            string why = e is RedisConnectionException { FailureType: ConnectionFailureType.AuthenticationFailure }
                ? "it refused this client (a wrong password: give it in the URL, --redis-password-file or " + ClusterAddress.PasswordVariable +
                    "; or, with rediss://, a server certificate this machine does not trust)"
                : $"it does not answer within {timeout.TotalSeconds:0.#} s";
            throw new ClusterUnavailableException(
                $"Cannot reach the cluster's Redis server at {cluster}: {why}. Start redis-server there (or give the right --cluster address), " +
                "then start the silos with `ccsim silo --cluster ...`.", e);
        }
    }

    /// <summary>Whether any of the gateways (as the membership table lists them: gwy.tcp://HOST:PORT/GENERATION) accepts a connection.</summary>
    public static async Task<bool> AnyGatewayAnswersAsync(IEnumerable<Uri> gateways, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var attempts = gateways.Select(async gateway =>
        {
            using var tcp = new TcpClient();
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await tcp.ConnectAsync(gateway.Host, gateway.Port, limit.Token);
                return true;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }).ToList();
        return attempts.Count > 0 && (await Task.WhenAll(attempts)).Any(answered => answered);
    }

    /// <summary>The message for a cluster whose membership table lists no silo that answers.</summary>
    public static string NoSilo(ClusterAddress cluster, string clusterId, int listed) =>
        $"No silo of cluster '{clusterId}' at {cluster} is running ({(listed == 0 ? "the membership table lists none" : $"the membership table lists " +
            $"{listed} gateway{(listed == 1 ? "" : "s")}, and none answers")}). Start at least one with `ccsim silo --cluster {cluster}" +
        $"{(clusterId == SiloSettings.DefaultClusterId ? "" : $" --cluster-id {clusterId}")}` (and the same TLS options as this command, if any), " +
        "then run this again.";
}
