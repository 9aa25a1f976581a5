namespace Simulator.Core.Calibration;

/// <summary>
/// Fits handle times (or any complete sample of durations, such as return delays) with each family by
/// maximum likelihood, chooses by AIC with a preference for the simpler family, and checks the choice
/// with the Kolmogorov–Smirnov distance: when it fails, the empirical distribution is the answer.
/// </summary>
public static class DurationFitter
{
    public static DurationFit Fit(ReadOnlySpan<double> seconds, DurationFitOptions? options = null)
    {
        options ??= DurationFitOptions.Default;
        var level = ConfidenceLevel.Checked(options.Confidence);
        if (options.Families.Count == 0) throw new ArgumentException("Name at least one family to fit.", nameof(options));

        var positive = new List<double>(seconds.Length);
        int zeros = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            double value = seconds[i];
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentException($"Duration {i} is {value}: durations are finite numbers of seconds, zero or more.", nameof(seconds));
            }
            if (value == 0) zeros++; else positive.Add(value);
        }
        var sorted = positive.ToArray();
        Array.Sort(sorted);
        int n = sorted.Length;
        var empirical = n > 0 ? EmpiricalSummary.Of(sorted, level) : null;
        double critical = n > 0 ? KolmogorovSmirnov.CriticalDistance(options.KolmogorovSmirnovSignificance, n) : double.NaN;

        if (n < Math.Max(2, options.MinimumSampleSize))
        {
            return new DurationFit(DurationFitStatus.NotEnoughData, n, zeros, [], null, empirical, critical,
                $"{n} positive durations, fewer than the {options.MinimumSampleSize} needed to fit a distribution.");
        }
        if (sorted[0] == sorted[^1])
        {
            return new DurationFit(DurationFitStatus.Empirical, n, zeros, [], null, empirical, critical,
                $"Every duration is {sorted[0]} s: no family with spread fits; use the value itself.");
        }

        var candidates = options.Families.Distinct()
            .Select(family => CompleteSampleFit.Fit(family, sorted, level))
            .OrderBy(fit => fit.Aic)
            .ToList();
        var preferred = ModelChoice.Preferred(candidates, options.AicParsimonyMargin);

        double allowed = Math.Max(critical, options.PracticalDistanceTolerance);
        if (preferred.KolmogorovSmirnovDistance <= allowed)
        {
            return new DurationFit(DurationFitStatus.Fitted, n, zeros, candidates, preferred, empirical, critical,
                $"{preferred.Family} by AIC ({ModelChoice.Describe(candidates, preferred)}); Kolmogorov–Smirnov distance " +
                    $"{preferred.KolmogorovSmirnovDistance:0.000} within {allowed:0.000}.");
        }
        return new DurationFit(DurationFitStatus.Empirical, n, zeros, candidates, null, empirical, critical,
            $"The best family, {preferred.Family}, is {preferred.KolmogorovSmirnovDistance:0.000} from the data at worst, beyond both the " +
                $"{options.KolmogorovSmirnovSignificance:0.##} critical value {critical:0.000} and the practical tolerance " +
                    $"{options.PracticalDistanceTolerance:0.000}: use the observed durations.");
    }
}
