using System.CommandLine;
using Simulator.Core.Analytics;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>ccsim erlang</c>: the Erlang C / Erlang A calculator for one interval. Either searches for the
/// agents a goal needs, or (with --agents) says what a given number of agents achieves. No Orleans.
/// </summary>
internal static class ErlangCommand
{
    /// <summary>Agent counts shown either side of the answer, so a planner sees what one more or fewer buys.</summary>
    private const int NeighbourhoodSize = 3;

    public static Command Build(TextWriter output)
    {
        var volume = new Option<string>("--volume", "-v") { Description = "Contacts offered in the interval, e.g. 100.", Required = true, HelpName = "COUNT" };
        var interval = new Option<string>("--interval") { Description = "Length of the interval.", DefaultValueFactory = _ => "30m", HelpName = "DURATION" };
        var aht = new Option<string>("--aht")
        {
            Description = "Average handle time (talk + hold + wrap-up), e.g. 180s or 5m.", Required = true,
            HelpName = "DURATION"
        };
        var target = new Option<string>("--target")
        {
            Description = "Service-level target, a share in (0, 1].", DefaultValueFactory = _ => "0.8",
            HelpName = "SHARE"
        };
        var answerWithin = new Option<string>("--answer-within")
        {
            Description = "Service-level threshold.", DefaultValueFactory = _ => "20s",
            HelpName = "DURATION"
        };
        var shrinkage = new Option<string>("--shrinkage")
        {
            Description = "Share of scheduled agents not on the phones, in [0, 1).", DefaultValueFactory = _ =>
            "0", HelpName = "SHARE"
        };
        var maxOccupancy = new Option<string?>("--max-occupancy") { Description = "Cap on occupancy, in (0, 1], e.g. 0.85.", HelpName = "SHARE" };
        var patience = new Option<string?>("--patience")
        {
            Description = "Mean caller patience; given, the model is Erlang A (callers abandon), else Erlang C.",
            HelpName = "DURATION"
        };
        var agents = new Option<string?>("--agents", "-n") { Description = "Evaluate this many agents on the phones instead of searching.", HelpName = "N" };
        var definition = new Option<string>("--sl-definition")
        {
            Description = "Service-level denominator: offered (abandons are misses), answered, or excludeShortAbandons.",
            DefaultValueFactory = _ => "offered",
        }.AcceptOnlyFromAmong("offered", "answered", "excludeShortAbandons");
        var shortAbandon = new Option<string>("--short-abandon-limit")
        {
            Description = "Abandons this quick are left out under excludeShortAbandons.",
            DefaultValueFactory = _ => "5s", HelpName = "DURATION"
        };
        var format = CommonOptions.Format("table", "json");

        var command = new Command("erlang",
            "Erlang C / Erlang A calculator: agents needed for a service-level target in one interval, or what N agents achieve.")
        {
            volume, interval, aht, target, answerWithin, shrinkage, maxOccupancy, patience, agents, definition, shortAbandon, format,
        };
        command.SetAction(parse =>
        {
            var workload = new IntervalWorkload(
                OptionValues.Number("--volume", parse.GetValue(volume)!, 0, double.MaxValue, true, true, "a number of contacts ≥ 0, such as 100"),
                OptionValues.Duration("--interval", parse.GetValue(interval)!, positive: true),
                OptionValues.Duration("--aht", parse.GetValue(aht)!, positive: true),
                parse.GetValue(patience) is string p ? OptionValues.Duration("--patience", p, positive: true) : null);
            if (workload.TrafficIntensity > IntervalWorkload.MaxTrafficIntensity)
            {
                throw new Core.InputException(
                    $"--volume, --aht, --interval: the workload is {workload.TrafficIntensity:G3} Erlangs; the Erlang models staff up to " +
                        $"{IntervalWorkload.MaxTrafficIntensity:0e0} Erlangs (a billion agents).");
            }
            var goal = new ServiceLevelGoal(
                OptionValues.Share("--target", parse.GetValue(target)!, allowZero: false, allowOne: true),
                OptionValues.Duration("--answer-within", parse.GetValue(answerWithin)!, positive: false),
                Enum.Parse<ServiceLevelDefinition>(parse.GetValue(definition)!, ignoreCase: true),
                parse.GetValue(maxOccupancy) is string cap ? OptionValues.Share("--max-occupancy", cap, allowZero: false, allowOne: true) : null,
                OptionValues.Duration("--short-abandon-limit", parse.GetValue(shortAbandon)!, positive: false));
            double shrinkageShare = OptionValues.Share("--shrinkage", parse.GetValue(shrinkage)!, allowZero: true, allowOne: false);
            int? agentCount = parse.GetValue(agents) is string n ? OptionValues.Count("--agents", n) : null;

            var model = StaffingCalculator.CreateModel(workload.AveragePatience is null ? QueueModelKind.ErlangC : QueueModelKind.ErlangA, workload);
            var recommendation = agentCount is int given
                ? StaffingCalculator.Assess(model, given, goal, shrinkageShare, NeighbourhoodSize)
                : StaffingCalculator.Recommend(model, goal, shrinkageShare, NeighbourhoodSize);
            var report = new ErlangReport(workload, goal, shrinkageShare, recommendation, AgentsGiven: agentCount is not null);

            if (parse.GetValue(format) == "json") report.WriteJson(output); else report.WriteTable(output);
            return CcsimApp.Success;
        });
        return command;
    }
}
