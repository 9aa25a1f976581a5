using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;
using Simulator.Grains.Experiments;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim schedule FILE</c>: the cheapest shifts from the groups' templates that meet the requirement, a roster, and the scenario they
/// staff.</summary>
internal static class ScheduleCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var requirement = new Option<string>("--requirement")
        {
            Description = "What each interval requires: erlang-c, erlang-a (the Erlang planner's scheduled agents), simulation (erlang-a, then raised "
                          + "where the schedule misses in simulation), or a CSV with columns start, group, required.",
            DefaultValueFactory = _ => "erlang-c",
            HelpName = "erlang-c|erlang-a|simulation|FILE.csv",
        };
        var weeks = new Option<string?>("--weeks")
        {
            Description = "Build a roster of this many weeks (the horizon's days repeated) and report it.",
            HelpName = "N"
        };
        var timeLimit = new Option<string?>("--time-limit")
        {
            Description = $"Solver time per group in CP-SAT's deterministic seconds (about seconds; the same input stops at the same point), default " +
                $"{ShiftChoiceOptions.Default.DeterministicSeconds}.",
            HelpName = "S",
        };
        var penalty = new Option<string?>("--under-cover-penalty")
        {
            Description = "Allow intervals short of the requirement at this cost per agent short per interval (default: every interval covered).",
            HelpName = "COST",
        };
        var rounds = new Option<string?>("--rounds")
        {
            Description = $"Most rounds of simulation refinement (default {ScheduleRefinement.DefaultMaxRounds}).",
            HelpName = "N"
        };
        var writeScenario = new Option<string?>("--write-scenario")
        {
            Description = "Write the scenario staffed by the chosen shifts to this file (run, " +
            "compare and live use it as it is).", HelpName = "PATH"
        };
        var roster = new Option<string?>("--roster")
        {
            Description = "Write the roster, agent × day, to this .csv or .xlsx file (one week unless --weeks).",
            HelpName = "PATH"
        };
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json", "csv", CommonOptions.Xlsx);
        var report = CommonOptions.Report();
        var simulation = new SimulationOptions(
            replications: "Replications of each schedule simulated with --requirement simulation (default: the scenario's).",
            seed: "Seed of each schedule simulated (default: the scenario's).",
            days: "Days of the horizon (overrides horizon.days).",
            cluster: "Simulate on this existing cluster instead of an embedded single-node silo.");

        var command = new Command("schedule",
            "Choose shifts and breaks from each group's shift templates that meet the requirement in every interval at least paid cost "
                                              + "(an integer program with its LP bound and gap), optionally refined by simulation, and roster them to agents.")
        {
            file, requirement, weeks, timeLimit, penalty, rounds, writeScenario, roster, format, outputPath, report,
        };
        simulation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = simulation.Read(parse);
            string chosenFormat = parse.GetValue(format)!;
            string? path = parse.GetValue(outputPath);
            int? weekCount = parse.GetValue(weeks) is string w ? (int)OptionValues.Whole("--weeks", w, 1, Horizon.MaxDays / RosterRules.DaysInWeek) : null;
            string? rosterPath = parse.GetValue(roster);
            if (rosterPath is not null && !rosterPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                && !rosterPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException($"--roster: expected a path ending in .csv or .xlsx, but found '{rosterPath}'.");
            }
            var options = new ShiftChoiceOptions(
                parse.GetValue(timeLimit) is string t ? OptionValues.Number("--time-limit", t, 0, 86_400, false, true,
                    "a number of seconds > 0, such as 30") : ShiftChoiceOptions.Default.DeterministicSeconds,
                ShiftChoiceOptions.Default.RelativeGap,
                parse.GetValue(penalty) is string p ? OptionValues.Number("--under-cover-penalty", p, 0, double.MaxValue, true, true,
                    "a cost ≥ 0, such as 50") : null)
            {
                Cancellation = cancellationToken, // Ctrl+C stops the solver's search, not only the wait
            };
            int maxRounds = parse.GetValue(rounds) is string r ? (int)OptionValues.Whole("--rounds", r, 0, 100) : ScheduleRefinement.DefaultMaxRounds;

            var scenario = settings.ApplyTo(ScenarioLoader.Load(parse.GetValue(file)!));
            var groups = SchedulePlanning.Groups(scenario);
            string kind = parse.GetValue(requirement)!;
            ScheduleReport.Outcome outcome;
            if (kind == SchedulePlanning.Simulation)
            {
                await using var orleans = await settings.ConnectAsync(cancellationToken);
                var coordinator = new ExperimentCoordinator(orleans.Client);
                outcome = await SchedulePlanning.RefineAsync(scenario, groups, options, maxRounds,
                    (candidate, token) => coordinator.RunAsync(candidate, cancellationToken: token), cancellationToken);
            }
            else
            {
                var need = kind switch
                {
                    SchedulePlanning.ErlangC => SchedulePlanning.Erlang(scenario, QueueModelKind.ErlangC, groups),
                    SchedulePlanning.ErlangA => SchedulePlanning.Erlang(scenario, QueueModelKind.ErlangA, groups),
                    string csv when csv.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) =>
                        OptionValues.Given("--requirement", () => ScheduleRequirement.FromCsv(csv, scenario, groups)),
                    string other => throw new InputException($"--requirement: expected erlang-c, erlang-a, simulation or a .csv file, but found \"{other}\"."),
                };
                outcome = SchedulePlanning.Solve(scenario,
                    kind.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? $"requirement in {Path.GetFileName(kind)}" : $"{kind} requirement",
                    need, options);
            }
            if (weekCount is not null || rosterPath is not null)
            {
                outcome = SchedulePlanning.WithRoster(outcome, weekCount ?? 1);
            }

            // Everything is worked out before anything is written: a refusal leaves no file behind.
            string? scenarioText = parse.GetValue(writeScenario) is null ? null : ScenarioWriter.ToYaml(outcome.Schedule.ApplyTo(scenario));
            if (parse.GetValue(report) is string directory) Reports.Charts.ScheduleCharts.WriteReport(directory, outcome);
            if (rosterPath is not null)
            {
                if (rosterPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    CommonOptions.EmitWorkbook(rosterPath, () => Workbooks.Roster(outcome.Roster!), "--roster");
                }
                else CommonOptions.Emit(rosterPath, TextWriter.Null, w => ScheduleReport.WriteRosterCsv(w, outcome.Roster!));
            }
            CommonOptions.Emit(chosenFormat, path, output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => ScheduleReport.WriteTable(w, outcome),
                ["json"] = w => ScheduleReport.WriteJson(w, outcome),
                ["csv"] = w => ScheduleReport.WriteCsv(w, outcome),
            }, () => Workbooks.Schedule(outcome));
            if (scenarioText is not null) WriteFile("--write-scenario", parse.GetValue(writeScenario)!, scenarioText, null);
            return CcsimApp.Success;
        });
        return command;
    }

    private static void WriteFile(string option, string path, string? text, byte[]? bytes)
    {
        try
        {
            AtomicFile.Write(path, w => w.Write(text), bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot write '{path}': {e.Message}");
        }
    }
}
