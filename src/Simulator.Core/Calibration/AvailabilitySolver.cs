namespace Simulator.Core.Calibration;

/// <summary>
/// Effective availability per interval (or per block of intervals): the factor of the head-count at
/// which the model's abandonment and ASA match what was observed, to within the observation's own
/// sampling error. The response is monotone in each block's factor, so each block keeps a bracket
/// [factor too low, factor too high] and steps by the secant within it, bisecting when the secant stalls,
/// and widening by doubling steps until a bracket exists. All blocks move at once, so one simulation of
/// the horizon serves every block's step; a queue carried over from earlier intervals shifts later blocks'
/// responses, which is why a block is only done when all are matched in the same simulation, and why a
/// bracket is checked before it is believed (see <see cref="BlockSearch"/>).
/// </summary>
public static class AvailabilitySolver
{
    public static AvailabilitySolution Solve(IStaffingResponse response, IReadOnlyList<AvailabilityTarget> targets, AvailabilitySolverOptions? options = null)
    {
        options ??= AvailabilitySolverOptions.Default;
        Check(response, targets, options);

        int count = targets.Count;
        var blockOf = options.Blocks ?? AvailabilityBlocks.PerInterval(count);
        var blockNumbers = blockOf.Distinct().Order().ToList();
        var searches = blockNumbers.Select(b =>
        {
            var members = Enumerable.Range(0, count).Where(i => blockOf[i] == b).ToList();
            double start = options.InitialFactors is null ? 1 : members.Average(i => options.InitialFactors[i]);
            return new BlockSearch(b, members, Math.Clamp(start, 0, options.MaximumFactor));
        }).ToArray();
        var searchOf = new BlockSearch[count];
        foreach (var search in searches) foreach (int i in search.Members) searchOf[i] = search;

        var agents = new double[count];
        IReadOnlyList<IntervalResponse> modelled = [];
        int evaluations = 0;
        while (true)
        {
            for (int i = 0; i < count; i++) agents[i] = searchOf[i].Factor * targets[i].Heads;
            modelled = response.Evaluate(agents);
            evaluations++;
            if (modelled.Count != count) throw new InvalidOperationException($"The staffing response returned {modelled.Count} intervals for {count}.");

            foreach (var search in searches) search.Record(Gaps(search.Members, targets, modelled), options, targets);
            if (searches.All(s => s.Outcome != BlockOutcome.NotConverged) || evaluations >= options.MaximumEvaluations) break;
            foreach (var search in searches.Where(s => s.Outcome == BlockOutcome.NotConverged)) search.Step(options.MaximumFactor);
        }

        var intervals = Enumerable.Range(0, count).Select(i => new IntervalAvailability(
            i,
            blockOf[i],
            targets[i].Heads,
            agents[i],
            modelled[i].AbandonmentRate,
            targets[i].Offered > 0 ? targets[i].Abandoned / targets[i].Offered : 0,
            modelled[i].AverageSpeedOfAnswerSeconds,
            targets[i].AverageSpeedOfAnswerSeconds)).ToList();
        var blocks = searches.Select(s => new BlockAvailability(s.Block, s.Members, s.Factor, s.LastGaps.Abandonment, s.LastGaps.AnswerSpeed, s.Outcome))
            .ToList();
        return new AvailabilitySolution(
            blocks.All(b => b.Outcome is BlockOutcome.Matched or BlockOutcome.NoData),
            evaluations,
            Describe(blocks, evaluations, options),
            blocks,
            intervals);
    }

    private static void Check(IStaffingResponse response, IReadOnlyList<AvailabilityTarget> targets, AvailabilitySolverOptions options)
    {
        if (response.IntervalCount != targets.Count) throw new ArgumentException($"The history has {targets.Count} intervals; the staffing response has " +
            $"{response.IntervalCount}.", nameof(targets));
        for (int i = 0; i < targets.Count; i++) targets[i].Check(i);
        if (options.Blocks is { } blocks && (blocks.Count != targets.Count || blocks.Any(b => b < 0)))
        {
            throw new ArgumentException($"Blocks must give a block number of zero or more for each of the {targets.Count} intervals.", nameof(options));
        }
        if (options.InitialFactors is { } initial && (initial.Count != targets.Count || initial.Any(f => !(f >= 0) || !double.IsFinite(f))))
        {
            throw new ArgumentException($"Initial factors must give a factor of zero or more for each of the {targets.Count} intervals.", nameof(options));
        }
        if (!(options.ToleranceStandardErrors > 0) || !(options.AgentTolerance > 0) || !(options.MaximumFactor > 0) || options.MaximumEvaluations < 1)
        {
            throw new ArgumentException("Tolerances, the largest factor and the evaluation budget must be positive.", nameof(options));
        }
    }

    /// <summary>The block's (modelled − observed) abandons and ASA, each in standard errors of the observation.</summary>
    private static Gaps Gaps(IReadOnlyList<int> members, IReadOnlyList<AvailabilityTarget> targets, IReadOnlyList<IntervalResponse> modelled)
    {
        double abandonGap = 0, abandonVariance = 0, speedGap = 0, speedVariance = 0, offered = 0;
        bool anySpeed = false;
        foreach (int i in members)
        {
            var target = targets[i];
            offered += target.Offered;
            abandonGap += target.Offered * modelled[i].AbandonmentRate - target.Abandoned;
            abandonVariance += target.AbandonedVariance;
            if (target.AverageSpeedOfAnswerStandardError is double se && target.AverageSpeedOfAnswerSeconds is double observed
                && modelled[i].AverageSpeedOfAnswerSeconds is double model)
            {
                // Answered-weighted: the block's ASA is the answered-weighted mean of its intervals'.
                speedGap += target.Answered * (model - observed);
                speedVariance += target.Answered * target.Answered * Math.Max(se * se, 1e-12);
                anySpeed = true;
            }
        }
        return new Gaps(
            offered,
            abandonVariance > 0 ? abandonGap / Math.Sqrt(abandonVariance) : 0,
            anySpeed ? speedGap / Math.Sqrt(speedVariance) : null);
    }

    private static string Describe(IReadOnlyList<BlockAvailability> blocks, int evaluations, AvailabilitySolverOptions options)
    {
        int matched = blocks.Count(b => b.Outcome == BlockOutcome.Matched);
        var parts = new List<string> { $"{matched} of {blocks.Count} blocks matched within {options.ToleranceStandardErrors} standard errors (or " +
            $"{options.AgentTolerance} agents) after {evaluations} evaluations" };
        int high = blocks.Count(b => b.Outcome == BlockOutcome.AtUpperBound);
        if (high > 0) parts.Add($"{high} at {options.MaximumFactor}× heads and still abandoning more or answering slower than observed (check patience and " +
            $"handle time there)");
        int low = blocks.Count(b => b.Outcome == BlockOutcome.AtLowerBound);
        if (low > 0) parts.Add($"{low} doing better than observed even with no agents");
        int open = blocks.Count(b => b.Outcome == BlockOutcome.NotConverged);
        if (open > 0) parts.Add($"{open} not yet matched when the budget of {options.MaximumEvaluations} evaluations ran out");
        int empty = blocks.Count(b => b.Outcome == BlockOutcome.NoData);
        if (empty > 0) parts.Add($"{empty} without contacts");
        return string.Join("; ", parts) + ".";
    }
}

/// <param name="Abandonment">Standardised abandon gap; positive: the model abandons more than observed.</param>
/// <param name="AnswerSpeed">Standardised ASA gap; positive: the model answers slower; null where nothing to compare.</param>
internal readonly record struct Gaps(double Offered, double Abandonment, double? AnswerSpeed)
{
    /// <summary>The residual the search drives to zero: it falls as agents are added.</summary>
    public double? Residual(AvailabilityMatch match) => match switch
    {
        AvailabilityMatch.Abandonment => Offered > 0 ? Abandonment : null,
        AvailabilityMatch.AnswerSpeed => AnswerSpeed,
        AvailabilityMatch.AbandonmentAndAnswerSpeed => Offered > 0 ? Abandonment + (AnswerSpeed ?? 0) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Unknown match."),
    };
}
