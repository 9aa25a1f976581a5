using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>ccsim compare FILE FILE…</c>: scenarios side by side against the first, with differences paired
/// by common random numbers (every option runs with the same seed and replications).
/// </summary>
internal static class CompareCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILES")
        {
            Description = "Scenario files; the first is the baseline the others are compared with.",
            Arity = ArgumentArity.OneOrMore,
        };
        var replications = new Option<string?>("--replications", "-r") { Description = "Replications of every option (default: the baseline's).", HelpName = "R" };
        var seed = new Option<string?>("--seed", "-s") { Description = "Seed of every option (default: the baseline's); one seed for all is what pairs the replications.", HelpName = "S" };
        var format = CommonOptions.Format("table", "json", "csv", "markdown");
        var outputPath = CommonOptions.Output();
        var cluster = CommonOptions.Cluster("Run on this existing cluster instead of an embedded single-node silo.");
        var clusterId = CommonOptions.ClusterId();

        var command = new Command("compare", "Compare scenarios against the first: KPIs with 95% confidence intervals, differences paired replication by replication (the same customers in every option), significance and the best option per KPI.")
        {
            files, replications, seed, format, outputPath, cluster, clusterId,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string[] paths = parse.GetValue(files)!;
            if (paths.Length < 2) throw new InputException("compare: give at least two scenario files, the baseline first.");
            var loaded = paths.Select(ScenarioLoader.Load).ToList(); // all validated before anything runs
            int count = parse.GetValue(replications) is string r ? OptionValues.Replications(r) : loaded[0].Replications;
            long commonSeed = parse.GetValue(seed) is string s ? OptionValues.Seed(s) : loaded[0].Seed;
            var scenarios = loaded.Select(scenario => scenario with { Replications = count, Seed = commonSeed }).ToList();
            var address = parse.GetValue(cluster) is string c ? ClusterAddress.Parse("--cluster", c) : null;

            using var progress = ProgressLine.ForReplications(error, count * scenarios.Count);
            int finished = 0;
            await using var orleans = await CommonOptions.ConnectAsync(address, parse.GetValue(clusterId)!, cancellationToken);
            var coordinator = new ExperimentCoordinator(orleans.Client);
            var results = new List<ExperimentResult>();
            foreach (var scenario in scenarios)
            {
                results.Add(await coordinator.RunAsync(scenario, onFinished: _ => progress.Report(Interlocked.Increment(ref finished)), cancellationToken: cancellationToken));
            }
            progress.Finish();
            var comparison = new Comparison(results[0], results.Skip(1).ToList());

            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => CompareReport.WriteTable(w, comparison),
                ["json"] = w => CompareReport.WriteJson(w, comparison),
                ["csv"] = w => CompareReport.WriteCsv(w, comparison),
                ["markdown"] = w => CompareReport.WriteMarkdown(w, comparison),
            });
            return CcsimApp.Success;
        });
        return command;
    }
}
