using System.CommandLine;
using Simulator.Core.Scenarios;
using Simulator.Grains.Experiments;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim optimize FILE</c>: the smallest staffing per interval that meets the target in simulation, against the Erlang plan.</summary>
internal static class OptimizeCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var target = new Option<string?>("--target") { Description = "Service-level target, a share in (0, 1] (default: the scenario's).", HelpName = "SHARE" };
        var maxAbandonment = new Option<string?>("--max-abandonment")
        {
            Description = "Also cap abandonment in every interval, a share in (0, 1].",
            HelpName = "SHARE"
        };
        var group = new Option<string[]>("--group", "-g")
        {
            Description = "Agent group(s) to staff (default: all).", HelpName = "ID",
            AllowMultipleArgumentsPerToken = true
        };
        var simulation = new SimulationOptions(
            replications: "Replications of every plan tried (default: the scenario's).",
            seed: "Seed of every plan tried (default: the scenario's).",
            days: "Days each plan is simulated over, the plan repeated every day (overrides horizon.days).",
            cluster: "Run on this existing cluster instead of an embedded single-node silo.");
        var writeScenario = new Option<string?>("--write-scenario")
        {
            Description = "Write the scenario with the optimized plan to this file (complete, " +
            "self-contained YAML).", HelpName = "PATH"
        };
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json", "csv", CommonOptions.Xlsx);
        var report = CommonOptions.Report();

        var command = new Command("optimize", "Find by simulation the smallest staffing per interval that meets the service-level target, starting from the " +
            "Erlang plan; show both plans and the difference in agent-hours and cost.")
        {
            file, target, maxAbandonment, group, writeScenario, format, outputPath, report,
        };
        simulation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = simulation.Read(parse);
            var scenario = settings.ApplyTo(ScenarioLoader.Load(parse.GetValue(file)!));
            double? goal = parse.GetValue(target) is string t ? OptionValues.Share("--target", t, allowZero: false, allowOne: true) : null;
            scenario = OptimizePlanning.WithTarget(scenario, goal);
            double? cap = parse.GetValue(maxAbandonment) is string a ? OptionValues.Share("--max-abandonment", a, allowZero: false, allowOne: true) : null;
            var ids = OptionValues.Given("--group", () => OptimizePlanning.Groups(scenario, parse.GetValue(group) ?? []));
            OptimizePlanning.CheckOneDayPlan(scenario, ids);
            await using var orleans = await settings.ConnectAsync(cancellationToken);
            var coordinator = new ExperimentCoordinator(orleans.Client);
            var optimized = await OptimizePlanning.OptimizeAsync(scenario, ids, cap,
                (candidate, token) => coordinator.RunAsync(candidate, cancellationToken: token),
                cancellationToken);

            if (parse.GetValue(report) is string directory) CommonOptions.WriteReport(directory, error, d =>
                OptimizeReport.WriteReport(d, optimized, scenario));
            if (parse.GetValue(writeScenario) is string path) CommonOptions.Emit(path, output, w => w.Write(ScenarioWriter.ToYaml(optimized.Scenario)),
                "--write-scenario");
            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => OptimizeReport.WriteTable(w, optimized),
                ["json"] = w => OptimizeReport.WriteJson(w, optimized),
                ["csv"] = w => OptimizeReport.WriteCsv(w, optimized),
            }, () => Workbooks.Optimize(optimized));
            return CcsimApp.Success;
        });
        return command;
    }
}
