using Simulator.Core;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>
/// What <c>ccsim optimize</c> checks and does once its options are read, in one place for the command and the web workspace's staff page.
/// </summary>
public static class OptimizePlanning
{
    /// <summary>The groups to optimize: the chosen ones, each checked to exist, or every group when none is chosen.</summary>
    /// <exception cref="InputException">A chosen id names no group of the scenario.</exception>
    public static IReadOnlyList<string> Groups(Scenario scenario, IReadOnlyList<string> chosen)
    {
        foreach (string id in chosen.Where(id => scenario.AgentGroups.All(g => g.Id != id)))
        {
            throw new InputException($"no agent group '{id}' in {scenario.SourcePath} (groups: {string.Join(", ", scenario.AgentGroups.Select(g => g.Id))}).");
        }
        return chosen.Count > 0 ? chosen : [.. scenario.AgentGroups.Select(g => g.Id)];
    }

    /// <summary>Refuses a scenario whose optimized groups list staffing for each day: the optimizer finds one day's plan, repeated every day.</summary>
    /// <exception cref="InputException">A group lists a plan per day of a longer horizon.</exception>
    public static void CheckOneDayPlan(Scenario scenario, IReadOnlyList<string> groups)
    {
        if (scenario.Horizon.Days > 1 && scenario.AgentGroups.Any(g => groups.Contains(g.Id) && g.Agents.PerInterval is { } plan
            && plan.Count != scenario.Horizon.IntervalsPerDay))
        {
            throw new InputException("optimize: the scenario lists staffing for each day; optimize finds one day's plan, repeated every day.");
        }
    }

    /// <summary>The scenario with its service-level target replaced, when one is given.</summary>
    public static Scenario WithTarget(Scenario scenario, double? target) =>
        target is double t ? scenario with { ServiceLevel = scenario.ServiceLevel with { Target = t } } : scenario;

    /// <summary>Runs the optimizer, every plan it tries simulated by <paramref name="simulate"/>.</summary>
    public static Task<OptimizedStaffing> OptimizeAsync(Scenario scenario, IReadOnlyList<string> groups, double? maxAbandonment,
        Func<Scenario, CancellationToken, Task<ExperimentResult>> simulate, CancellationToken cancellationToken)
    {
        CheckOneDayPlan(scenario, groups);
        return new StaffingOptimizer(simulate).OptimizeAsync(scenario, groups, maxAbandonment, cancellationToken);
    }
}
