using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Experiments;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim run FILE</c>: simulate replications of a scenario and report KPIs with 95 % confidence intervals.</summary>
internal static class RunCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var simulation = new SimulationOptions(
            replications: "Replications to run (overrides the scenario's).",
            seed: "Random seed, a whole number ≥ 0 (overrides the scenario's).",
            days: "Days to simulate (overrides horizon.days).",
            cluster: "Run on this existing cluster instead of an embedded single-node silo.");
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json", "csv", CommonOptions.Xlsx);
        var report = CommonOptions.Report();
        var variant = new Option<string?>("--variant")
        {
            Description = "Run this variant of the scenario (its 'variants:' list) instead of the base; 'all' runs the base and every variant with the same " +
                "seed (paired differences: ccsim compare).",
            HelpName = "ID|all",
        };
        var journal = new Option<string?>("--journal")
        {
            Description = "Write each finished replication to this file as it arrives, so a killed run can --resume.",
            HelpName = "PATH",
        };
        var resume = new Option<string?>("--resume")
        {
            Description = "Carry on a run from its journal: finished replications are not run again; new ones are added to it.",
            HelpName = "PATH",
        };

        var contacts = new Option<string?>("--contacts")
        {
            Description = "Also write one replication's contacts to this CSV file, one row per contact, in the contact-log shape ccsim history and ccsim " +
                "calibrate read.",
            HelpName = "PATH",
        };
        var replication = new Option<int?>("--replication")
        {
            Description = "The replication --contacts writes, numbered from 1 (default 1).",
            HelpName = "N",
        };

        var precision = new PrecisionOption(
            "Run replications until each KPI's 95% half-width is at most its target (e.g. serviceLevel=0.005; several comma-separated or repeated); " +
            "--replications is then the maximum. Stein's two-stage rule: a pilot of 10, then as many as the pilot's spread asks for.");

        var command = new Command("run", "Simulate a scenario's replications on Orleans (an embedded silo, or a cluster) and report service level, ASA, " +
            "abandonment, AHT, occupancy, queues and cost with 95% confidence intervals, overall, by interval and by contact type.")
        {
            file, variant, format, outputPath, report, journal, resume, contacts, replication, precision.Option,
        };
        simulation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = simulation.Read(parse);
            var targets = precision.Read(parse);
            var loaded = ScenarioLoader.LoadWithVariants(parse.GetValue(file)!);

            if (parse.GetValue(variant) == AllVariants)
            {
                List<(string Label, Scenario Scenario)> all =
                    [(BaseLabel, settings.ApplyTo(loaded.Base)), .. loaded.Variants.Select(v => (v.Id, settings.ApplyTo(v.Scenario)))];
                if (loaded.Variants.Count == 0) throw new InputException($"--variant all: {loaded.Base.SourcePath} has no variants; add a 'variants:' list " +
                    $"to it.");
                if (parse.GetValue(journal) is not null || parse.GetValue(resume) is not null || parse.GetValue(report) is not null
                    || parse.GetValue(contacts) is not null || targets.Count > 0)
                {
                    throw new InputException(
                        "--variant all: --journal, --resume, --report, --contacts and --precision work on one scenario; for a report of all variants use " +
                            "ccsim compare FILE --report DIR (which takes --precision too).");
                }
                await using var connection = await settings.ConnectAsync(cancellationToken);
                var results = new List<(string Label, ExperimentResult Result)>();
                foreach (var (label, each) in all)
                {
                    results.Add((label, await new ExperimentCoordinator(connection.Client).RunAsync(each, null, onFinished: null, cancellationToken)));
                }
                CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
                {
                    ["table"] = w => results.ForEach(v => { w.WriteLine($"Variant: {v.Label}"); RunReport.WriteTable(w, v.Result); w.WriteLine(); }),
                    ["json"] = w => ReportWriter.WriteJson(w, new
                    {
                        variants = results.Select(v => new
                        {
                            variant = v.Label,
                            result = RunReport.ToDocument(v.Result)
                        })
                    }),
                    ["csv"] = w => RunReport.WriteCsv(w, results),
                }, () => Workbooks.Run(results));
                return CcsimApp.Success;
            }

            var scenario = settings.ApplyTo(parse.GetValue(variant) is string id ? loaded.Variant(id).Scenario : loaded.Base);
            string? contactLog = parse.GetValue(contacts);
            int logged = parse.GetValue(replication) ?? 1;
            if (parse.GetValue(replication) is not null
                && contactLog is null) throw new InputException("--replication: says which replication --contacts writes; give --contacts PATH too.");
            if (logged < 1 || logged > scenario.Replications)
            {
                throw new InputException($"--replication: expected a replication from 1 to {scenario.Replications:N0} (the run's replications), but found " +
                    $"{logged}.");
            }
            using var log = OpenJournal(parse.GetValue(journal), parse.GetValue(resume), scenario);

            using var progress = ProgressLine.ForReplications(error, scenario.Replications);
            int finished = log?.FinishedCount ?? 0;
            await using var orleans = await settings.ConnectAsync(cancellationToken);
            var accumulator = new ExperimentAccumulator(scenario);
            var coordinator = new ExperimentCoordinator(orleans.Client);
            Task Batch(int from, int to) => coordinator.RunAsync([scenario], from, to,
                finished: (_, index) => log?.ReadFinished(index),
                onFinished: (_, replication) =>
                {
                    log?.Record(replication);
                    progress.Report(Interlocked.Increment(ref finished));
                },
                inOrder: (_, replication) => accumulator.Add(replication),
                cancellationToken);
            PrecisionOutcome? outcome = null;
            if (targets.Count > 0)
            {
                outcome = await SequentialPrecision.RunAsync(
                    [.. targets.Select(t => new PrecisionGoal(null, t.Kpi, t.HalfWidth, () => accumulator.Overall[t.Kpi]))], scenario.Replications, Batch);
            }
            else
            {
                await Batch(0, scenario.Replications);
            }
            var result = accumulator.Result(precision: outcome);
            progress.Finish();

            if (parse.GetValue(report) is string directory) CommonOptions.WriteReport(directory, error, d => RunReport.WriteReport(d, result));
            if (contactLog is not null)
            {
                // The kernel is deterministic given (seed, replication): run here with a recorder, it is the replication the grains ran.
                var records = ContactRecorder.Record(CentreModel.Compile(scenario), logged - 1);
                AtomicFile.Write(contactLog, w => ContactLogWriter.Write(w, scenario, records));
            }
            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => RunReport.WriteTable(w, result),
                ["json"] = w => RunReport.WriteJson(w, result),
                ["csv"] = w => RunReport.WriteCsv(w, result),
            }, () => Workbooks.Run(result));
            return CcsimApp.Success;
        });
        return command;
    }

    /// <summary>The journal to write (<c>--journal</c>) or to carry on (<c>--resume</c>), if either is given.</summary>
    private static ExperimentJournal? OpenJournal(string? journal, string? resume, Scenario scenario)
    {
        if (journal is not null && resume is not null)
        {
            throw new InputException("--journal and --resume: give one; --resume carries on writing to the journal it reads.");
        }
        if (resume is not null) return OptionValues.Given("--resume", () => ExperimentJournal.Resume(resume, scenario));
        if (journal is null) return null;
        if (File.Exists(journal))
        {
            throw new InputException($"--journal: '{journal}' already exists; resume from it with --resume {journal}, or choose another file.");
        }
        return OptionValues.Given("--journal", () => ExperimentJournal.Create(journal, scenario));
    }

    private const string AllVariants = "all";
    private const string BaseLabel = "base";
}
