using System.CommandLine;
using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim validate FILE</c>: every problem in a scenario, with file, line and column; or a one-line summary.</summary>
internal static class ValidateCommand
{
    public static Command Build(TextWriter output)
    {
        var fileArgument = CommonOptions.ScenarioFile();
        var command = new Command("validate",
            "Check a scenario file (and its variants) and report every problem with its file, line, column and key.") { fileArgument };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(fileArgument)!;
            var file = ScenarioLoader.LoadWithVariants(path); // throws ScenarioException listing all problems: exit 1
            var scenario = file.Base;
            var horizon = scenario.Horizon;
            output.WriteLine(
                $"{path}: valid — \"{scenario.Name}\": {Count(scenario.ContactTypes.Count, "contact type")}, " +
                    $"{Count(scenario.AgentGroups.Count, "agent group")}, " +
                $"{Count(horizon.IntervalsPerDay, "interval")} of {UnitParser.FormatDuration(horizon.Interval)} from {UnitParser.FormatClock(horizon.Start)} " +
                    $"to {UnitParser.FormatClock(horizon.End)} " +
                $"over {Count(horizon.Days, "day")}, seed {scenario.Seed}, {Count(scenario.Replications, "replication")}" +
                (file.Variants.Count == 0 ? "." : $"; {Count(file.Variants.Count, "variant")}: {string.Join(", ", file.Variants.Select(v => v.Id))}."));
            foreach (var variant in file.Variants)
            {
                // What each variant changes relative to the base, so that a change the planner did not mean (a shift gone) shows.
                output.WriteLine(variant.Changes.Count == 0
                    ? $"  {variant.Id}: changes nothing in the base"
                    : $"  {variant.Id} (\"{variant.Scenario.Name}\"), {Count(variant.Changes.Count, "change")}:");
                foreach (string change in variant.Changes) output.WriteLine($"    {change}");
            }
            return CcsimApp.Success;
        });
        return command;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
