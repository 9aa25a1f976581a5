using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Simulator.Core;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim silo</c>: one silo of a real cluster, until Ctrl+C or SIGTERM.</summary>
internal static class SiloCommand
{
    /// <summary>The environment variable that asks for stack traces with errors.</summary>
    private const string DebugVariable = "CCSIM_DEBUG";

    public static Command Build(TextWriter output, TextWriter error)
    {
        var cluster = CommonOptions.Cluster("Join the cluster whose membership lives in this Redis server.");
        cluster.Required = true;
        var clusterId = CommonOptions.ClusterId();
        var siloPort = new Option<string>("--silo-port") { Description = "Port for silo-to-silo traffic.", DefaultValueFactory = _ => "11111", HelpName = "N" };
        var gatewayPort = new Option<string>("--gateway-port") { Description = "Port clients connect to.", DefaultValueFactory = _ => "30000", HelpName = "N" };
        var address = new Option<string>("--address")
        {
            Description = "Address other silos and clients reach this silo at: 127.0.0.1 on one machine, this machine's own address across machines.",
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "IP",
        };
        var dashboard = new Option<string?>("--dashboard")
        {
            Description = "Serve the Orleans dashboard on http://127.0.0.1:PORT (no authentication, so " +
            "loopback only).", HelpName = "PORT"
        };

        var insecure = new Option<bool>("--insecure")
        {
            Description = "Let a silo listen on an address other than loopback without --tls-certificate: its traffic is then neither encrypted nor " +
                "authenticated, so only on a private network no one else can reach (docs/security.md).",
        };
        var security = new ClusterSecurityOptions();

        var command = new Command("silo", "Start one silo of a multi-silo cluster (Orleans Redis clustering); runs until Ctrl+C.")
        {
            cluster, clusterId, siloPort, gatewayPort, address, dashboard, insecure,
        };
        security.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var where = security.Address(parse, "--cluster", parse.GetValue(cluster)!);
            if (!IPAddress.TryParse(parse.GetValue(address), out var advertised))
            {
                throw new InputException($"--address: expected an IP address such as 127.0.0.1 or 10.0.0.5, but found \"{parse.GetValue(address)}\".");
            }
            var tls = security.Tls(parse);
            if (tls is null && !IPAddress.IsLoopback(advertised) && !parse.GetValue(insecure))
            {
                throw new InputException($"--address {advertised}: a silo reachable from other machines needs --tls-certificate (the cluster's " +
                    "certificate, so that only its holders can join or call in and the traffic is encrypted); or, on a private network no one else " +
                    "can reach, --insecure. See docs/security.md.");
            }
            var endpoints = new SiloEndpoints(
                Port("--silo-port", parse.GetValue(siloPort)!),
                Port("--gateway-port", parse.GetValue(gatewayPort)!),
                parse.GetValue(dashboard) is string d ? Port("--dashboard", d) : null,
                advertised,
                parse.GetValue(clusterId)!);

            CheckPorts(endpoints);
            await ClusterProbe.CheckRedisAsync(where, ClusterProbe.DefaultTimeout, cancellationToken);
            var log = new SiloLog(error, withStackTraces: Environment.GetEnvironmentVariable(DebugVariable) is "1");
            using var host = ClusterSilo.Build(where, endpoints, log, tls);
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.StartFailed();
                throw new ClusterUnavailableException($"Cannot start the silo in cluster '{endpoints.ClusterId}' at {where}: {e.Message}", e);
            }
            log.Started();
            output.WriteLine($"Silo up: cluster '{endpoints.ClusterId}' at {where}, silo {advertised}:{endpoints.SiloPort}, gateway " +
                $"{advertised}:{endpoints.GatewayPort}" + (tls is null ? "" : ", mutual TLS") +
                             (endpoints.DashboardPort is int port ? $", dashboard http://127.0.0.1:{port}/" : "") + ". Ctrl+C stops it.");
            await host.WaitForShutdownAsync(cancellationToken);
            await host.StopAsync(CancellationToken.None);
            return CcsimApp.Success;
        });
        return command;
    }

    /// <summary>
    /// Distinct ports, each free on the silo's address: a second silo on a running one's port joined the cluster,
    /// had the running silo declared dead, and that silo then stopped itself.
    /// </summary>
    private static void CheckPorts(SiloEndpoints endpoints)
    {
        var ports = new List<(string Option, int Port, IPAddress Address)>
        {
            ("--silo-port", endpoints.SiloPort, endpoints.AdvertisedAddress),
            ("--gateway-port", endpoints.GatewayPort, endpoints.AdvertisedAddress),
        };
        if (endpoints.DashboardPort is int dashboardPort) ports.Add(("--dashboard", dashboardPort, IPAddress.Loopback));
        foreach (var group in ports.GroupBy(p => p.Port).Where(g => g.Count() > 1))
        {
            throw new InputException($"{string.Join(" and ", group.Select(p => p.Option))}: each needs a port of its own, but both are {group.Key}.");
        }
        foreach (var (option, port, address) in ports)
        {
            var probe = new System.Net.Sockets.TcpListener(address, port);
            try
            {
                probe.Start();
            }
            catch (System.Net.Sockets.SocketException e) when (e.SocketErrorCode == System.Net.Sockets.SocketError.AddressNotAvailable)
            {
                throw new InputException($"--address {address}: is not an address of this machine ({e.Message}); give one of its own addresses, or " +
                    "127.0.0.1.");
            }
            catch (System.Net.Sockets.SocketException e)
            {
                throw new InputException($"{option}: port {port} on {address} is not free ({e.Message}); another silo or program listens there. Give another " +
                    $"port.");
            }
            finally
            {
                probe.Stop();
            }
        }
    }

    private static int Port(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and < 65536
            ? port
            : throw new InputException($"{option}: expected a port from 1 to 65535, but found \"{text}\".");
}
