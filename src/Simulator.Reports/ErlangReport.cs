using Simulator.Core.Analytics;
using Simulator.Core.Units;
using Spectre.Console;

namespace Simulator.Reports;

/// <summary>The answer of <c>ccsim erlang</c>: one interval, its staffing and its neighbourhood.</summary>
public sealed record ErlangReport(
    IntervalWorkload Workload,
    ServiceLevelGoal Goal,
    double Shrinkage,
    StaffingRecommendation Recommendation,
    bool AgentsGiven)
{
    /// <summary>The stable JSON shape: the keys named in the command contract, then the neighbourhood.</summary>
    public object ToDocument() => new
    {
        model = ModelName(Recommendation.Performance.Model),
        trafficIntensity = Recommendation.Performance.TrafficIntensity,
        agents = Recommendation.RequiredAgents,
        scheduledAgents = Recommendation.ScheduledAgents,
        serviceLevel = Recommendation.Performance.ServiceLevel,
        probabilityOfWaiting = Recommendation.Performance.ProbabilityOfWaiting,
        averageSpeedOfAnswerSeconds = Recommendation.Performance.AverageSpeedOfAnswerSeconds,
        occupancy = Recommendation.Performance.Occupancy,
        abandonmentRate = Recommendation.Performance.AbandonmentRate,
        meetsTarget = Goal.IsMetBy(Recommendation.Performance),
        serviceLevelDefinition = Goal.Definition,
        neighbourhood = Recommendation.Neighbourhood.Select(p => new
        {
            agents = p.Agents,
            scheduledAgents = StaffingCalculator.ScheduledAgents(p.Agents, Shrinkage),
            serviceLevel = p.ServiceLevel,
            probabilityOfWaiting = p.ProbabilityOfWaiting,
            averageSpeedOfAnswerSeconds = p.AverageSpeedOfAnswerSeconds,
            occupancy = p.Occupancy,
            abandonmentRate = p.AbandonmentRate,
        }),
    };

    public static string ModelName(QueueModelKind kind) => kind == QueueModelKind.ErlangA ? "erlangA" : "erlangC";

    public void WriteJson(TextWriter output) => ReportWriter.WriteJson(output, ToDocument());

    public void WriteTable(TextWriter output)
    {
        var p = Recommendation.Performance;
        string model = p.Model == QueueModelKind.ErlangA
            ? $"Erlang A (patience {UnitParser.FormatDuration(Workload.AveragePatience!.Value)})"
            : "Erlang C";
        output.WriteLine($"{model}: {Formats.Number(Workload.Volume)} contacts per {UnitParser.FormatDuration(Workload.IntervalLength)}, " +
                         $"AHT {UnitParser.FormatDuration(Workload.AverageHandleTime)} = {Formats.Number(p.TrafficIntensity, "0.00")} Erlangs");
        output.WriteLine($"Goal: {Formats.Percent(Goal.Target)} answered within {UnitParser.FormatDuration(Goal.AnswerWithin)} " +
                         $"({YamlName(Goal.Definition)})" +
                         (Goal.MaxOccupancy is double cap ? $", occupancy at most {Formats.Percent(cap)}" : ""));
        string verdict = Goal.IsMetBy(p) ? "meets the goal" : "misses the goal";
        output.WriteLine(AgentsGiven
            ? $"{Recommendation.RequiredAgents} agents on the phones ({Recommendation.ScheduledAgents} scheduled at {Formats.Percent(Shrinkage)} shrinkage) " +
                $"{verdict}:"
            : $"Required: {Recommendation.RequiredAgents} agents on the phones, {Recommendation.ScheduledAgents} scheduled at {Formats.Percent(Shrinkage)} " +
                $"shrinkage:");
        output.WriteLine($"  service level {Formats.Percent(p.ServiceLevel)}, P(wait) {Formats.Percent(p.ProbabilityOfWaiting)}, " +
                         $"ASA {Formats.Seconds(p.AverageSpeedOfAnswerSeconds)}, occupancy {Formats.Percent(p.Occupancy)}" +
                         (p.Model == QueueModelKind.ErlangA ? $", abandonment {Formats.Percent(p.AbandonmentRate)}" : "") +
                         (p.IsStable ? "" : " — unstable: the queue grows without bound"));

        bool withAbandonment = p.Model == QueueModelKind.ErlangA;
        var table = ReportWriter.NewTable(withAbandonment
            ? ["Agents", "Scheduled", "Service level", "P(wait)", "ASA", "Occupancy", "Abandoned", ""]
            : ["Agents", "Scheduled", "Service level", "P(wait)", "ASA", "Occupancy", ""]);
        foreach (var row in Recommendation.Neighbourhood)
        {
            var cells = new List<string>
            {
                row.Agents.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StaffingCalculator.ScheduledAgents(row.Agents, Shrinkage).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Formats.Percent(row.ServiceLevel),
                Formats.Percent(row.ProbabilityOfWaiting),
                Formats.Seconds(row.AverageSpeedOfAnswerSeconds),
                Formats.Percent(row.Occupancy),
            };
            if (withAbandonment) cells.Add(Formats.Percent(row.AbandonmentRate));
            cells.Add(row.Agents == Recommendation.RequiredAgents ? (AgentsGiven ? "◀ asked" : "◀ required") : Goal.IsMetBy(row) ? "meets" : "");
            ReportWriter.AddRow(table, [.. cells]);
        }
        ReportWriter.Render(output, table);
    }

    internal static string YamlName(ServiceLevelDefinition definition) => definition switch
    {
        ServiceLevelDefinition.Offered => "offered",
        ServiceLevelDefinition.Answered => "answered",
        ServiceLevelDefinition.ExcludeShortAbandons => "excludeShortAbandons",
    };
}
