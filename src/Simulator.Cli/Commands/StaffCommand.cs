using System.CommandLine;
using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim staff FILE</c>: Erlang requirements per interval and contact type, against the scenario's plan.</summary>
internal static class StaffCommand
{
    public static Command Build(TextWriter output)
    {
        var file = CommonOptions.ScenarioFile();
        var model = new Option<string>("--model", "-m")
        {
            Description = "erlang-c (callers never hang up) or erlang-a (callers abandon after the contact type's mean patience).",
            DefaultValueFactory = _ => "erlang-c",
        }.AcceptOnlyFromAmong("erlang-c", "erlang-a");
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "csv", "json", CommonOptions.Xlsx);

        var command = new Command("staff", "Per-interval agent requirements for a scenario: required and scheduled agents, predicted service level, the " +
            "plan's gap and the intervals it misses.")
        {
            file, model, format, outputPath,
        };
        command.SetAction(parse =>
        {
            var scenario = ScenarioLoader.Load(parse.GetValue(file)!);
            var kind = parse.GetValue(model) == "erlang-a" ? QueueModelKind.ErlangA : QueueModelKind.ErlangC;
            var plan = StaffingPlanner.Plan(scenario, kind);
            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => StaffingReport.WriteTable(w, plan),
                ["json"] = w => StaffingReport.WriteJson(w, plan),
                ["csv"] = w => StaffingReport.WriteCsv(w, plan),
            }, () => Workbooks.Staffing(plan));
            return CcsimApp.Success;
        });
        return command;
    }
}
