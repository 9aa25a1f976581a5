using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Planning;

/// <summary>The staffing optimize found, beside the Erlang plan it started from.</summary>
/// <param name="Groups">Ids of the optimized groups, in scenario order.</param>
/// <param name="ErlangPlan">[group][interval of the day] scheduled heads Erlang asks for.</param>
/// <param name="Plan">[group][interval of the day] scheduled heads the simulation found sufficient.</param>
/// <param name="Simulations">Distinct staffing plans simulated (each once: results are kept by plan).</param>
public sealed record OptimizedStaffing(
    Scenario Scenario,
    IReadOnlyList<string> Groups,
    int[][] ErlangPlan,
    int[][] Plan,
    ExperimentResult Result,
    ExperimentResult ErlangResult,
    double[][] IntervalServiceLevel,
    bool MetEverywhere,
    int Simulations)
{
    /// <summary>
    /// [group][interval of the day] the scenario's own heads for the groups, as it came (the planner's draft), counted as the plans
    /// are: for a shift group, heads on shift and not on a break.
    /// </summary>
    public required int[][] DraftPlan { get; init; }
}

/// <summary>
/// Finds by simulation the smallest per-interval staffing of the chosen groups that meets the
/// service-level target in every interval (and the abandonment cap, if given), starting from the
/// Erlang plan: first adding a head wherever an interval misses, then taking heads away where the
/// target still holds. Every plan runs with the same seed, so the search compares like with like
/// (common random numbers), and no plan is simulated twice.
/// </summary>
public sealed class StaffingOptimizer(Func<Scenario, CancellationToken, Task<ExperimentResult>> simulate)
{
    /// <summary>Rounds of adding and of removing heads; each round is one simulation.</summary>
    public int MaxRounds { get; init; } = 40;

    public async Task<OptimizedStaffing> OptimizeAsync(Scenario scenario, IReadOnlyCollection<string> groupIds, double? maxAbandonment,
        CancellationToken cancellationToken)
    {
        var horizon = scenario.Horizon;
        int perDay = horizon.IntervalsPerDay;
        var groups = scenario.AgentGroups.Select((g, i) => (g, i)).Where(p => groupIds.Contains(p.g.Id)).Select(p => p.i).ToArray();
        var known = new Dictionary<string, ExperimentResult>();

        async Task<ExperimentResult> Simulate(int[][] plan)
        {
            var candidate = WithPlan(scenario, groups, plan);
            string key = ScenarioJson.Fingerprint(candidate);
            if (!known.TryGetValue(key, out var result)) known[key] = result = await simulate(candidate, cancellationToken);
            return result;
        }

        var erlang = ErlangPlan(scenario, groups);
        var plan = erlang.Select(p => p.ToArray()).ToArray();
        var erlangResult = await Simulate(erlang);

        // Up: a head more wherever an interval misses, until none does.
        var result = erlangResult;
        for (int round = 0; round < MaxRounds; round++)
        {
            var misses = Misses(scenario, result, groups, maxAbandonment);
            if (misses.Count == 0) break;
            foreach (var (g, i) in misses) plan[g][i]++;
            result = await Simulate(plan);
        }

        // Down: a head less wherever the interval would still meet the goal; undo where it does not.
        for (int round = 0; round < MaxRounds; round++)
        {
            var trial = plan.Select(p => p.ToArray()).ToArray();
            var lowered = new List<(int Group, int Interval)>();
            for (int g = 0; g < groups.Length; g++)
            {
                for (int i = 0; i < perDay; i++)
                {
                    if (trial[g][i] > 0 && Slack(scenario, result, groups[g], i) > SlackNeeded(trial[g][i]))
                    {
                        trial[g][i]--;
                        lowered.Add((g, i));
                    }
                }
            }
            if (lowered.Count == 0) break;
            var trialResult = await Simulate(trial);
            var missed = Misses(scenario, trialResult, groups, maxAbandonment);
            if (missed.Count == 0)
            {
                plan = trial;
                result = trialResult;
                continue;
            }

            // Keep only the reductions that caused no miss in their own interval or the next (backlog spills over).
            var partial = plan.Select(p => p.ToArray()).ToArray();
            var kept = lowered.Where(l => !missed.Contains(l) && !missed.Contains((l.Group, (l.Interval + 1) % perDay))).ToList();
            if (kept.Count == 0) break;
            foreach (var (g, i) in kept) partial[g][i]--;
            var partialResult = await Simulate(partial);
            if (Misses(scenario, partialResult, groups, maxAbandonment).Count > 0) break;
            plan = partial;
            result = partialResult;
        }

        bool met = Misses(scenario, result, groups, maxAbandonment).Count == 0;
        var levels = Enumerable.Range(0, scenario.ContactTypes.Count)
            .Select(t => Enumerable.Range(0, perDay).Select(i => ServiceLevel(scenario, result, t, i)).ToArray()).ToArray();
        return new OptimizedStaffing(WithPlan(scenario, groups, plan), groups.Select(g => scenario.AgentGroups[g].Id).ToList(), erlang, plan, result,
            erlangResult, levels, met, known.Count)
        {
            DraftPlan = [.. groups.Select(g => Enumerable.Range(0, perDay).Select(i => scenario.AgentGroups[g].Agents.At(i)).ToArray())],
        };
    }

    /// <summary>Erlang A (Erlang C without patience) scheduled heads per interval, each contact type's share given to the groups serving it in proportion to
    /// their planned heads.</summary>
    private static int[][] ErlangPlan(Scenario scenario, int[] groups)
    {
        var erlang = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangA);
        int perDay = scenario.Horizon.IntervalsPerDay;
        var plan = groups.Select(_ => new double[perDay]).ToArray();
        foreach (var row in erlang.Intervals.Where(r => r.Day == 1))
        {
            int i = (int)Math.Round((row.Start - scenario.Horizon.Start) / scenario.Horizon.Interval);
            var serving = groups.Select((g, k) => (g, k)).Where(p => scenario.AgentGroups[p.g].Skills.Contains(row.ContactType)).ToArray();
            double total = serving.Sum(p => (double)scenario.AgentGroups[p.g].Agents.At(i));
            foreach (var (g, k) in serving)
            {
                double share = total > 0 ? scenario.AgentGroups[g].Agents.At(i) / total : 1.0 / serving.Length;
                plan[k][i] += row.ScheduledAgents * share;
            }
        }
        return plan.Select(p => p.Select(h => (int)Math.Ceiling(h - 1e-9)).ToArray()).ToArray();
    }

    private static Scenario WithPlan(Scenario scenario, int[] groups, int[][] plan)
    {
        var agentGroups = scenario.AgentGroups.ToArray();
        // The plan is heads per interval: a group staffed by shifts becomes a per-interval group (its breaks then sit in shrinkage).
        for (int k = 0; k < groups.Length; k++)
        {
            agentGroups[groups[k]] = agentGroups[groups[k]] with { Agents = StaffingLevels.Plan(plan[k].ToArray()), Shifts = null, Overtime = null };
        }
        return scenario with { AgentGroups = agentGroups };
    }

    /// <summary>(group index among the optimized, interval of the day) where a contact type the group serves misses the goal.</summary>
    private static HashSet<(int Group, int Interval)> Misses(Scenario scenario, ExperimentResult result, int[] groups, double? maxAbandonment)
    {
        var misses = new HashSet<(int, int)>();
        for (int t = 0; t < scenario.ContactTypes.Count; t++)
        {
            for (int i = 0; i < scenario.Horizon.IntervalsPerDay; i++)
            {
                bool missed = ServiceLevel(scenario, result, t, i) < scenario.ServiceLevelTarget(scenario.ContactTypes[t])
                    || (maxAbandonment is double cap && Abandonment(result, t, i) > cap);
                if (!missed) continue;
                for (int k = 0; k < groups.Length; k++)
                {
                    if (scenario.AgentGroups[groups[k]].Skills.Contains(scenario.ContactTypes[t].Id)) misses.Add((k, i));
                }
            }
        }
        return misses;
    }

    /// <summary>How far above target the worst contact type a group serves is in an interval.</summary>
    private static double Slack(Scenario scenario, ExperimentResult result, int group, int interval) =>
        scenario.ContactTypes.Select((type, t) => (type, t))
            .Where(p => scenario.AgentGroups[group].Skills.Contains(p.type.Id))
            .Select(p => ServiceLevel(scenario, result, p.t, interval) - scenario.ServiceLevelTarget(p.type))
            .DefaultIfEmpty(0).Min();

    /// <summary>A head less costs roughly a head's share of the work: only try it with more slack than that.</summary>
    private static double SlackNeeded(int heads) => heads <= 0 ? double.PositiveInfinity : 1.0 / (heads + 1);

    /// <summary>Service level of contact type <paramref name="t"/> in interval-of-day <paramref name="i"/>, pooled over days and replications.</summary>
    internal static double ServiceLevel(Scenario scenario, ExperimentResult result, int t, int i)
    {
        var tally = Pool(result, t, i);
        return KpiCalculator.Compute(Kpi.ServiceLevel, tally, new TimeTally(), [], scenario.ServiceLevel.Definition) is var v && double.IsFinite(v) ? v : 1;
    }

    private static double Abandonment(ExperimentResult result, int t, int i)
    {
        var tally = Pool(result, t, i);
        double abandonment = KpiCalculator.Compute(Kpi.AbandonmentRate, tally, new TimeTally(), [], result.Scenario.ServiceLevel.Definition);
        return double.IsFinite(abandonment) ? abandonment : 0;
    }

    private static ContactTally Pool(ExperimentResult result, int t, int i)
    {
        var tally = new ContactTally();
        int perDay = result.Scenario.Horizon.IntervalsPerDay;
        for (int interval = i; interval < result.Scenario.Horizon.TotalIntervals; interval += perDay) tally.Add(result.PooledContactsAt(interval, t));
        return tally;
    }
}
