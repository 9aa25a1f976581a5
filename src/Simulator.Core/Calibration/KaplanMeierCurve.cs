using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>
/// The Kaplan–Meier (1958) product-limit estimate of patience survival from censored waits, with
/// Greenwood's (1926) variance on the log(−log) scale for pointwise intervals, the median with the
/// interval where the bands cross one half, and the mean restricted to the longest wait observed.
/// </summary>
public sealed class KaplanMeierCurve
{
    private KaplanMeierCurve(IReadOnlyList<KaplanMeierStep> steps, Estimate? median, double restrictedMeanSeconds, double longestWaitSeconds)
    {
        Steps = steps;
        MedianSeconds = median;
        RestrictedMeanSeconds = restrictedMeanSeconds;
        LongestWaitSeconds = longestWaitSeconds;
    }

    /// <summary>One step per distinct wait at which someone abandoned, ascending.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    /// <summary>The first time the curve is at or below one half; null when it never gets there (too much censoring).</summary>
    public Estimate? MedianSeconds { get; }

    /// <summary>
    /// ∫ S(t) dt up to the longest wait: the mean patience when the curve reaches zero, otherwise a lower
    /// bound on it (nobody was seen to wait longer, so the tail is unknown without a model). With short
    /// abandons left out, the curve is conditional on waiting past the limit, and so is this mean.
    /// </summary>
    public double RestrictedMeanSeconds { get; }

    public double LongestWaitSeconds { get; }

    /// <summary>Steps with fewer customers at risk are left out of <see cref="FittedDistribution.KolmogorovSmirnovDistance"/> for censored data.</summary>
    public const int MinimumAtRiskForDistance = 50;

    /// <summary>Estimated P(patience &gt; t): the last step at or before t.</summary>
    public double Survival(double seconds)
    {
        double survival = 1;
        foreach (var step in Steps)
        {
            if (step.Seconds > seconds) break;
            survival = step.Survival.Value;
        }
        return survival;
    }

    internal static KaplanMeierCurve Estimate(TimeCounts data, ConfidenceLevel level)
    {
        double z = level.NormalQuantile;
        var steps = new List<KaplanMeierStep>();
        double atRisk = data.TotalEvents + data.TotalCensored;
        double survival = 1, greenwood = 0, area = data.EntrySeconds, previousTime = data.EntrySeconds;
        for (int i = 0; i < data.Count; i++)
        {
            double t = data.Times[i];
            area += survival * (t - previousTime);
            previousTime = t;
            double events = data.Events[i];
            if (events > 0 && atRisk > 0)
            {
                survival *= 1 - events / atRisk;
                greenwood = atRisk > events ? greenwood + events / (atRisk * (atRisk - events)) : double.PositiveInfinity;
                steps.Add(new KaplanMeierStep(t, atRisk, events, Band(survival, greenwood, z)));
            }
            atRisk -= events + data.Censored[i];
        }
        return new KaplanMeierCurve(steps, Median(steps), area, previousTime);
    }

    /// <summary>S^exp(±z·σ/ln S) with σ² Greenwood's sum: the log(−log) band, always inside (0, 1).</summary>
    private static Estimate Band(double survival, double greenwood, double z)
    {
        if (survival <= 0 || !double.IsFinite(greenwood)) return new Estimate(Math.Max(0, survival), 0, Math.Max(0, survival),
            ConfidenceMethod.GreenwoodLogLog);
        if (survival >= 1) return new Estimate(1, 1, 1, ConfidenceMethod.GreenwoodLogLog);
        double se = Math.Sqrt(greenwood) / Math.Abs(Math.Log(survival));
        return new Estimate(survival, Math.Pow(survival, Math.Exp(z * se)), Math.Pow(survival, Math.Exp(-z * se)), ConfidenceMethod.GreenwoodLogLog);
    }

    /// <summary>
    /// The median and its interval {t : the band at t contains ½} (Brookmeyer &amp; Crowley 1982, in the
    /// form of Klein &amp; Moeschberger 2003, §4.5): from where the lower band first reaches ½ to where the
    /// upper band does; +∞ when the upper band never does.
    /// </summary>
    private static Estimate? Median(IReadOnlyList<KaplanMeierStep> steps)
    {
        int median = FirstIndex(steps, s => s.Survival.Value <= 0.5);
        if (median < 0) return null;
        int low = FirstIndex(steps, s => s.Survival.Low <= 0.5);
        int high = FirstIndex(steps, s => s.Survival.High <= 0.5);
        return new Estimate(
            steps[median].Seconds,
            steps[low].Seconds,
            high < 0 ? double.PositiveInfinity : steps[high].Seconds,
            ConfidenceMethod.GreenwoodLogLog);
    }

    private static int FirstIndex(IReadOnlyList<KaplanMeierStep> steps, Func<KaplanMeierStep, bool> condition)
    {
        for (int i = 0; i < steps.Count; i++) if (condition(steps[i])) return i;
        return -1;
    }

    /// <summary>
    /// The largest gap between this curve and a fitted survival function, on both sides of every step
    /// while at least <see cref="MinimumAtRiskForDistance"/> customers are still waiting: further out the
    /// curve falls in jumps of a few customers each and says little about the fit.
    /// </summary>
    internal double DistanceTo(Func<double, double> fittedSurvival)
    {
        double distance = 0, before = 1;
        foreach (var step in Steps)
        {
            if (step.AtRisk < MinimumAtRiskForDistance) break;
            double fitted = fittedSurvival(step.Seconds);
            distance = Math.Max(distance, Math.Max(Math.Abs(before - fitted), Math.Abs(step.Survival.Value - fitted)));
            before = step.Survival.Value;
        }
        return distance;
    }
}
