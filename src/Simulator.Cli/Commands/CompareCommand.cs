using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Experiments;
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
        var variants = new Option<string?>("--variants")
        {
            Description = "Variants of the first file to compare with it, comma-separated (with a single file: all of its variants by default).",
            HelpName = "a,b,…",
        };
        var simulation = new SimulationOptions(
            replications: "Replications of every option (default: the baseline's).",
            seed: "Seed of every option (default: the baseline's); one seed for all is what pairs the replications.",
            days: "Days to simulate in every option (overrides each one's horizon.days).",
            cluster: "Run on this existing cluster instead of an embedded single-node silo.");
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json", "csv", "markdown", CommonOptions.Xlsx);
        var report = CommonOptions.Report();

        var precision = new PrecisionOption(
            "Run replications until each option's paired difference from the baseline on each KPI has a 95% half-width at most its target " +
            "(e.g. serviceLevel=0.01; several comma-separated or repeated); --replications is then the maximum. Stein's two-stage rule: a pilot " +
            "of 10, then as many as the pilot's spread asks for.");

        var command = new Command("compare", "Compare scenarios against the first: KPIs with 95% confidence intervals, differences paired replication by " +
            "replication (the same customers in every option), significance and the best option per KPI.")
        {
            files, variants, format, outputPath, report, precision.Option,
        };
        simulation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = simulation.Read(parse);
            var targets = precision.Read(parse);
            string[] paths = parse.GetValue(files)!;
            var first = ScenarioLoader.LoadWithVariants(paths[0]); // every file validated before anything runs
            var loaded = new List<Scenario> { first.Base };
            loaded.AddRange(paths.Skip(1).Select(ScenarioLoader.Load));
            var chosen = parse.GetValue(variants) is string list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(first.Variant).ToList()
                : paths.Length == 1 ? first.Variants : [];
            loaded.AddRange(chosen.Select(v => v.Scenario));
            if (loaded.Count < 2)
            {
                throw new InputException("compare: nothing to compare with the baseline; give more scenario files, or a file with variants (see --variants).");
            }
            var baseline = settings.ApplyTo(loaded[0]);
            var scenarios = loaded.Select(scenario => settings.ApplyTo(scenario) with { Replications = baseline.Replications, Seed = baseline.Seed }).ToList();

            using var progress = ProgressLine.ForReplications(error, baseline.Replications * scenarios.Count);
            int finished = 0;
            await using var orleans = await settings.ConnectAsync(cancellationToken);
            var coordinator = new ExperimentCoordinator(orleans.Client);
            // Every option's replication r runs before any option's r + 1, so the paired differences fold as they come.
            var accumulators = scenarios.Select(s => new ExperimentAccumulator(s)).ToArray();
            var pairs = new PairedDifferences(scenarios.Count);
            Task Batch(int from, int to) => coordinator.RunAsync(scenarios, from, to, finished: null,
                onFinished: (_, _) => progress.Report(Interlocked.Increment(ref finished)),
                inOrder: (option, result) => pairs.Add(option, accumulators[option].Add(result)), cancellationToken);
            PrecisionOutcome? outcome = null;
            if (targets.Count > 0)
            {
                var goals = scenarios.Skip(1).SelectMany((option, o) => targets.Select(t =>
                    new PrecisionGoal(option.Name, t.Kpi, t.HalfWidth, () => pairs.Difference(0, o + 1, t.Kpi))));
                outcome = await SequentialPrecision.RunAsync([.. goals], baseline.Replications, Batch);
            }
            else
            {
                await Batch(0, baseline.Replications);
            }
            progress.Finish();
            var results = accumulators.Select(a => a.Result()).ToList();
            var comparison = new Comparison(results[0], results.Skip(1).ToList(), pairs) { Precision = outcome };
            if (parse.GetValue(report) is string directory) CommonOptions.WriteReport(directory, error, d => CompareReport.WriteReport(d, comparison));

            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => CompareReport.WriteTable(w, comparison),
                ["json"] = w => CompareReport.WriteJson(w, comparison),
                ["csv"] = w => CompareReport.WriteCsv(w, comparison),
                ["markdown"] = w => CompareReport.WriteMarkdown(w, comparison),
            }, () => Workbooks.Compare(comparison));
            return CcsimApp.Success;
        });
        return command;
    }
}
