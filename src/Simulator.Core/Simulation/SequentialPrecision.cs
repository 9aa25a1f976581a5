namespace Simulator.Core.Simulation;

/// <summary>A KPI (of one option, for a comparison's paired differences) and the 95 % half-width to estimate it to.</summary>
/// <param name="Option">The option whose paired difference from the baseline is meant; null for a single experiment's KPI.</param>
/// <param name="Statistic">The KPI's values folded so far (read after each batch).</param>
public sealed record PrecisionGoal(string? Option, Kpi Kpi, double HalfWidth, Func<KpiAccumulator> Statistic);

/// <summary>How a precision target came out for one KPI.</summary>
/// <param name="HalfWidth">The achieved half-width of the interval with the stated coverage (see <see cref="SequentialPrecision"/>); null when the
/// pilot had fewer than two defined values.</param>
public sealed record PrecisionAchieved(string? Option, Kpi Kpi, double Target, double? HalfWidth, bool Met);

/// <summary>What a run to a precision target did: replications used of the maximum, and each KPI's achieved half-width.</summary>
public sealed record PrecisionOutcome(int Replications, int Maximum, int Pilot, IReadOnlyList<PrecisionAchieved> Kpis)
{
    public bool Met => Kpis.All(k => k.Met);
}

/// <summary>
/// Runs replications until each goal's 95 % half-width is at most its target, or the maximum is reached, by Stein's two-stage
/// procedure (Stein 1945; Law, Simulation Modeling and Analysis, 5th ed., 9.4.1): a pilot of n₀ replications gives each KPI's
/// sample standard deviation s₀; the experiment then runs n = max(n₀, ⌈(t · s₀ / h)²⌉) replications in all, t the 97.5 % quantile
/// of Student's t with n₀ − 1 degrees of freedom, the largest n over the goals, at most the maximum. The interval stated is
/// mean(n) ± t · s₀ / √n. For normal replication values its coverage is exactly 95 % whatever n the pilot chose: n depends on the
/// pilot only through s₀, which is independent of the pilot's mean, so (mean(n) − μ)·√n / s₀ is Student-t with n₀ − 1 degrees
/// of freedom. A rule that stops the first time the usual interval is narrow enough would not keep that coverage: it stops
/// preferentially when s happens to be small. The decision reads only the first n₀ replications, folded in order, so a resumed
/// run, on any cluster, reaches the same n.
/// </summary>
public static class SequentialPrecision
{
    /// <summary>The pilot's replications: enough degrees of freedom that t (2.26 at 9) does not inflate n much.</summary>
    public const int PilotReplications = 10;

    /// <param name="runBatch">Runs replications from the first index to the second (exclusive), folding them into the goals' statistics.</param>
    public static async Task<PrecisionOutcome> RunAsync(IReadOnlyList<PrecisionGoal> goals, int maximum, Func<int, int, Task> runBatch)
    {
        int pilot = Math.Min(maximum, PilotReplications);
        await runBatch(0, pilot).ConfigureAwait(false);
        var first = goals.Select(g => g.Statistic()).ToArray();
        int replications = Math.Min(maximum, goals.Select((g, i) => Required(first[i], g.HalfWidth, maximum)).DefaultIfEmpty(pilot).Max());
        if (replications > pilot) await runBatch(pilot, replications).ConfigureAwait(false);
        return new PrecisionOutcome(replications, maximum, pilot, [.. goals.Select((g, i) =>
        {
            double? halfWidth = HalfWidth(first[i], g.Statistic().Count);
            return new PrecisionAchieved(g.Option, g.Kpi, g.HalfWidth, halfWidth, halfWidth <= g.HalfWidth);
        })]);
    }

    /// <summary>Replications Stein's rule asks for after <paramref name="pilot"/>: the maximum when the pilot cannot estimate a spread.</summary>
    public static int Required(KpiAccumulator pilot, double halfWidth, int maximum)
    {
        if (pilot.Count < 2) return maximum;
        double needed = Math.Ceiling(Math.Pow(KpiAccumulator.TQuantile(pilot.Count - 1) * Math.Sqrt(pilot.Variance) / halfWidth, 2));
        return needed >= maximum ? maximum : Math.Max(pilot.Count, (int)needed);
    }

    /// <summary>t(n₀ − 1) · s₀ / √n: the half-width of Stein's interval after <paramref name="replications"/> defined values.</summary>
    public static double? HalfWidth(KpiAccumulator pilot, int replications) =>
        pilot.Count < 2 || replications < 1 ? null : KpiAccumulator.TQuantile(pilot.Count - 1) * Math.Sqrt(pilot.Variance / replications);
}
