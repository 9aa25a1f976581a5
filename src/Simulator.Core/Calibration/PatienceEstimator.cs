namespace Simulator.Core.Calibration;

/// <summary>
/// Patience from the waits of queued contacts, where an answered contact's wait is a right-censored
/// observation of its patience and an abandoned one's is observed (Mandelbaum &amp; Zeltyn 2004; Brown et al.
/// 2005): Kaplan–Meier survival, the hazard, the exponential MLE (abandons / total time waited) and
/// richer families fitted with censoring, chosen by AIC where better than the exponential.
/// </summary>
public static class PatienceEstimator
{
    public static PatienceEstimate Estimate(ReadOnlySpan<WaitObservation> waits, PatienceOptions? options = null)
    {
        options ??= PatienceOptions.Default;
        var level = ConfidenceLevel.Checked(options.Confidence);

        int shortCount = 0, allAbandoned = 0;
        var times = new List<double>(waits.Length);
        var abandoned = new List<bool>(waits.Length);
        for (int i = 0; i < waits.Length; i++)
        {
            var (wait, gaveUp) = waits[i];
            if (!double.IsFinite(wait) || wait < 0)
            {
                throw new ArgumentException($"Wait {i} is {wait}: waits are finite numbers of seconds, zero or more.", nameof(waits));
            }
            bool isShort = gaveUp && wait <= options.ShortAbandonLimitSeconds;
            if (gaveUp) allAbandoned++;
            if (isShort) shortCount++;
            times.Add(gaveUp && wait == 0 ? options.ZeroAbandonSeconds : wait);
            abandoned.Add(gaveUp);
        }
        var shortAbandons = new ShortAbandons(
            options.ShortAbandonLimitSeconds,
            shortCount,
            Proportion.Wilson(shortCount, allAbandoned, level),
            Proportion.Wilson(shortCount, waits.Length, level));

        var data = TimeCounts.From(times.ToArray(), abandoned.ToArray());
        if (options.ExcludeShortAbandons) data = data.EnteringAt(options.ShortAbandonLimitSeconds);
        var curve = KaplanMeierCurve.Estimate(data, level);
        var hazard = HazardEstimate.Bins(data, options.HazardBins, level);
        double exposure = data.SumOverAll(t => t - data.EntrySeconds);
        int queued = (int)(data.TotalEvents + data.TotalCensored);
        int events = (int)data.TotalEvents;

        if (events == 0)
        {
            string reason = queued == 0
                ? "No queued contacts: patience is not identifiable; keep the template's."
                : $"None of {queued} queued contacts abandoned{(options.ExcludeShortAbandons ? " after the short-abandon limit" : "")}: patience is not " +
                    $"identifiable (it could be anything above the waits seen); keep the template's.";
            return new PatienceEstimate(EstimateStatus.NotIdentifiable, reason, queued, 0, exposure, null, [], null, curve, hazard, shortAbandons);
        }

        var exponential = ExponentialWithLikelihoodRatio(events, exposure, data.EntrySeconds, level, curve);
        var candidates = new List<FittedDistribution> { exponential };
        if (events >= options.MinimumAbandonsForShape)
        {
            foreach (var family in options.Families.Distinct().Where(f => f != FittedFamily.Exponential))
            {
                var parametric = ParametricFamily.Of(family);
                var fit = LikelihoodFit.Maximize(parametric, data, exponential.MeanSeconds.Value);
                double entrySurvival = Math.Exp(parametric.LogSurvival(fit.Parameters, Math.Max(data.EntrySeconds, 1e-300)));
                double ConditionalSurvival(double t) => (1 - parametric.Distribution(fit.Parameters).CumulativeDistribution(t)) / entrySurvival;
                candidates.Add(LikelihoodFit.Describe(parametric, fit, level, curve.DistanceTo(ConditionalSurvival)));
            }
        }
        candidates.Sort((a, b) => a.Aic.CompareTo(b.Aic));
        var chosen = ModelChoice.Preferred(candidates, options.AicParsimonyMargin);
        string why = events < options.MinimumAbandonsForShape
            ? $"Exponential: {events} abandons are fewer than the {options.MinimumAbandonsForShape} a shape needs."
            : $"{chosen.Family} by AIC with censoring ({ModelChoice.Describe(candidates, chosen)}).";
        return new PatienceEstimate(EstimateStatus.Estimated, why, queued, events, exposure, exponential, candidates, chosen, curve, hazard, shortAbandons);
    }

    /// <summary>
    /// Mean patience = total time waited / abandons, the censored exponential MLE. Its interval is the set
    /// of means m with d·(r − 1 − ln r) ≤ χ²₁/2, r = m̂/m: the likelihood ratio, better than Wald when
    /// abandons are few.
    /// </summary>
    private static FittedDistribution ExponentialWithLikelihoodRatio(int events, double exposure, double entrySeconds, ConfidenceLevel level,
        KaplanMeierCurve curve)
    {
        double mean = exposure / events;
        double drop = level.LikelihoodRatioDrop / events;
        double Deficit(double logRatio) => Math.Exp(logRatio) - 1 - logRatio - drop;
        double upperLogRatio = RootFinder.Bisect(Deficit, 0, 50);   // r > 1: means below the estimate
        double lowerLogRatio = RootFinder.Bisect(Deficit, -50, 0);  // r < 1: means above it
        var meanEstimate = new Estimate(mean, mean / Math.Exp(upperLogRatio), mean / Math.Exp(lowerLogRatio), ConfidenceMethod.LikelihoodRatio);
        return ExponentialFamily.Fitted(meanEstimate, events, _ => curve.DistanceTo(t => Math.Exp(-(t - entrySeconds) / mean)));
    }
}
