using System.CommandLine;
using Simulator.Core.Scenarios;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>
/// The options every simulation command shares — <c>--replications</c>, <c>--seed</c>, <c>--days</c>,
/// <c>--cluster</c>, <c>--cluster-id</c> — declared, read and checked in one place, against the bounds the
/// model sets (<see cref="Scenario.MaxReplications"/>, <see cref="Horizon.MaxDays"/>). Each command words
/// their help for what it does with them.
/// </summary>
internal sealed class SimulationOptions
{
    private readonly Option<string?>? _replications;
    private readonly Option<string?> _seed;
    private readonly Option<string?> _days;
    private readonly Option<string?> _cluster;
    private readonly Option<string> _clusterId = CommonOptions.ClusterId();
    private readonly ClusterSecurityOptions _security = new();

    /// <param name="replications">Help for --replications; null for a command that runs a single replication.</param>
    public SimulationOptions(string? replications, string seed, string days, string cluster)
    {
        _replications = replications is null ? null : new Option<string?>("--replications", "-r") { Description = replications, HelpName = "R" };
        _seed = new Option<string?>("--seed", "-s") { Description = seed, HelpName = "S" };
        _days = new Option<string?>("--days", "-d") { Description = days, HelpName = "D" };
        _cluster = CommonOptions.Cluster(cluster);
    }

    public void AddTo(Command command)
    {
        if (_replications is not null) command.Add(_replications);
        command.Add(_seed);
        command.Add(_days);
        command.Add(_cluster);
        command.Add(_clusterId);
        _security.AddTo(command);
    }

    /// <summary>The options' values, each checked, before anything is read or run.</summary>
    public SimulationSettings Read(ParseResult parse)
    {
        var cluster = parse.GetValue(_cluster) is string address ? _security.Address(parse, "--cluster", address) : null;
        if (cluster is null && _security.AnyGiven(parse))
        {
            throw new Core.InputException("--redis-password-file, --tls-certificate and --tls-password-file are for a --cluster; without one, the " +
                "command runs its own embedded silo.");
        }
        return new(
            _replications is not null && parse.GetValue(_replications) is string replications
                ? (int)OptionValues.Whole("--replications", replications, 1, Scenario.MaxReplications)
                : null,
            parse.GetValue(_seed) is string seed ? OptionValues.Whole("--seed", seed, 0, long.MaxValue) : null,
            parse.GetValue(_days) is string days ? (int)OptionValues.Whole("--days", days, 1, Horizon.MaxDays) : null,
            cluster,
            parse.GetValue(_clusterId)!,
            cluster is null ? null : _security.Tls(parse));
    }
}

/// <summary>What the simulation options asked for: overrides of the scenario, and where to run it.</summary>
/// <param name="Cluster">Null: an embedded single-node silo.</param>
/// <param name="Tls">The cluster's certificate for mutual TLS; null: plain TCP.</param>
internal sealed record SimulationSettings(int? Replications, long? Seed, int? Days, ClusterAddress? Cluster, string ClusterId, ClusterTls? Tls = null)
{
    /// <summary>The scenario with the replications, seed and days the command line gave.</summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        if (Replications is int replications) scenario = scenario with { Replications = replications };
        if (Seed is long seed) scenario = scenario with { Seed = seed };
        if (Days is int days) scenario = OptionValues.Given("--days", () => scenario.WithDays(days));
        return scenario;
    }

    public Task<OrleansConnection> ConnectAsync(CancellationToken cancellationToken) => CommonOptions.ConnectAsync(Cluster, ClusterId, Tls, cancellationToken);
}
