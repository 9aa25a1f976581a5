using MathNet.Numerics.Distributions;
using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

/// <summary>
/// Patience read back from simulated queues with a known truth. The queue is an overloaded M/M/20+G
/// (arrivals 0.12/s, handle 200 s, load 1.2) over 200 hours, about 86,000 contacts of which some 16,000
/// abandon, with waits rounded to whole seconds as logs record them; the fitted mean's standard error
/// is then under 2 %, so "within 5 %" is a real test, not a lucky seed.
/// </summary>
public class PatienceEstimatorTests
{
    private const double TrueMeanPatience = 180;

    private static readonly PatienceOptions ExponentialOnly = PatienceOptions.Default with { Families = [] };

    private static WaitObservation[] SimulatedWaits(IContinuousDistribution patience, Random random) =>
        QueueSimulation.Run(0.12, 200, patience, Enumerable.Repeat(20, 200).ToArray(), 3_600, random)
            .Select(c => new WaitObservation(Math.Round(c.WaitSeconds), c.Abandoned))
            .ToArray();

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Exponential_patience_is_recovered_within_five_percent_from_queue_waits(ulong seed)
    {
        var random = Samples.Generator(seed);
        var waits = SimulatedWaits(Samples.Exponential(TrueMeanPatience, random), random);

        var estimate = PatienceEstimator.Estimate(waits);

        Assert.Equal(EstimateStatus.Estimated, estimate.Status);
        Assert.Equal(FittedFamily.Exponential, estimate.Chosen!.Family);
        Assert.InRange(estimate.Chosen.MeanSeconds.Value, TrueMeanPatience * 0.95, TrueMeanPatience * 1.05);
        Assert.Equal(estimate.TotalWaitSeconds / estimate.Abandoned, estimate.Exponential!.MeanSeconds.Value, 9);
    }

    [Theory]
    [InlineData(4UL)]
    [InlineData(5UL)]
    [InlineData(6UL)]
    public void Lognormal_patience_is_recognised_and_recovered_within_five_percent_from_queue_waits(ulong seed)
    {
        var random = Samples.Generator(seed);
        var waits = SimulatedWaits(Samples.Lognormal(TrueMeanPatience, 1.0, random), random);

        var estimate = PatienceEstimator.Estimate(waits);

        Assert.Equal(FittedFamily.Lognormal, estimate.Chosen!.Family);
        Assert.InRange(estimate.Chosen.MeanSeconds.Value, TrueMeanPatience * 0.95, TrueMeanPatience * 1.05);
        Assert.InRange(estimate.Chosen.CoefficientOfVariation.Value, 0.85, 1.15);
        // The exponential misreads a lognormal's falling hazard: the reason the richer families are fitted.
        Assert.True(estimate.Exponential!.MeanSeconds.Value > TrueMeanPatience * 1.3);
    }

    /// <summary>Known-truth censoring: patience Exp(100 s) against independent answer times Exp(150 s), 200 customers, 400 times.</summary>
    [Fact]
    public void The_exponential_interval_covers_the_true_mean_at_about_the_stated_rate()
    {
        var random = Samples.Generator(20);
        var patience = Samples.Exponential(100, random);
        var answer = Samples.Exponential(150, random);

        int covered = Repeat(400, () => PatienceEstimator.Estimate(Censored(patience, answer, 200), ExponentialOnly).Exponential!.MeanSeconds.Covers(100));

        Assert.InRange(covered / 400.0, 0.92, 0.98);
    }

    public static TheoryData<FittedFamily> ShapedFamilies() => [FittedFamily.Lognormal, FittedFamily.Weibull, FittedFamily.Gamma];

    /// <summary>As above for the two-parameter families, 300 samples of 400 customers (Wald intervals need a few hundred).</summary>
    [Theory]
    [MemberData(nameof(ShapedFamilies))]
    public void Censored_fits_cover_the_true_mean_at_about_the_stated_rate(FittedFamily family)
    {
        var random = Samples.Generator(30 + (ulong)family);
        IContinuousDistribution patience = family switch
        {
            FittedFamily.Lognormal => Samples.Lognormal(100, 1.2, random),
            FittedFamily.Weibull => new Weibull(1.5, 110, random),
            _ => Samples.Gamma(100, 0.7, random),
        };
        var answer = Samples.Exponential(150, random);
        var options = PatienceOptions.Default with { Families = [family] };

        int covered = Repeat(300, () =>
            PatienceEstimator.Estimate(Censored(patience, answer, 400), options).Candidates.Single(c => c.Family == family).MeanSeconds.Covers(patience.Mean));

        Assert.InRange(covered / 300.0, 0.92, 0.98);
    }

    [Fact]
    public void The_greenwood_band_covers_the_true_survival_at_about_the_stated_rate()
    {
        var random = Samples.Generator(40);
        var patience = Samples.Exponential(100, random);
        var answer = Samples.Exponential(150, random);
        double median = 100 * Math.Log(2);

        int covered = Repeat(400, () =>
        {
            var curve = PatienceEstimator.Estimate(Censored(patience, answer, 200), ExponentialOnly).KaplanMeier;
            var step = curve.Steps.Last(s => s.Seconds <= median);
            return step.Survival.Covers(Math.Exp(-step.Seconds / 100));
        });

        Assert.InRange(covered / 400.0, 0.92, 0.98);
    }

    [Fact]
    public void Kaplan_meier_without_censoring_is_the_empirical_survival()
    {
        var waits = new[] { 10.0, 20, 20, 40 }.Select(w => new WaitObservation(w, true)).ToArray();

        var curve = PatienceEstimator.Estimate(waits).KaplanMeier;

        Assert.Equal([0.75, 0.25, 0.0], curve.Steps.Select(s => s.Survival.Value));
        Assert.Equal([4.0, 3, 1], curve.Steps.Select(s => s.AtRisk));
        Assert.Equal(22.5, curve.RestrictedMeanSeconds, 9);
        Assert.Equal(20, curve.MedianSeconds!.Value.Value);
    }

    [Fact]
    public void Kaplan_meier_counts_a_customer_answered_at_an_abandon_time_as_still_at_risk_there()
    {
        WaitObservation[] waits = [new(10, false), new(10, true), new(30, true)];

        var curve = PatienceEstimator.Estimate(waits).KaplanMeier;

        Assert.Equal(3, curve.Steps[0].AtRisk);
        Assert.Equal(2.0 / 3, curve.Steps[0].Survival.Value, 12);
        Assert.Equal(0, curve.Steps[1].Survival.Value);
    }

    [Fact]
    public void The_hazard_of_exponential_patience_is_flat_at_one_over_the_mean()
    {
        var random = Samples.Generator(7);
        var waits = SimulatedWaits(Samples.Exponential(TrueMeanPatience, random), random);

        var hazard = PatienceEstimator.Estimate(waits).Hazard;

        Assert.True(hazard.Count >= 15);
        foreach (var bin in hazard.Where(b => b.Abandoned >= 300))
        {
            Assert.InRange(bin.RatePerSecond.Value * TrueMeanPatience, 0.8, 1.2);
        }
        Assert.Equal(waits.Count(w => w.Abandoned), hazard.Sum(b => b.Abandoned));
        // Abandons logged at 0 s count as half a second of waiting.
        Assert.Equal(waits.Sum(w => w.Abandoned && w.WaitSeconds == 0 ? 0.5 : w.WaitSeconds), hazard.Sum(b => b.ExposureSeconds), 6);
    }

    [Fact]
    public void A_history_where_nobody_abandoned_says_patience_is_not_identifiable_without_throwing()
    {
        var waits = Enumerable.Range(0, 500).Select(i => new WaitObservation(i % 40, false)).ToArray();

        var estimate = PatienceEstimator.Estimate(waits);

        Assert.Equal(EstimateStatus.NotIdentifiable, estimate.Status);
        Assert.Null(estimate.Chosen);
        Assert.Null(estimate.Exponential);
        Assert.Contains("not identifiable", estimate.Reason);
        Assert.Contains("template", estimate.Reason);
        Assert.All(estimate.KaplanMeier.Steps, s => Assert.Equal(1, s.Survival.Value));
    }

    [Fact]
    public void Short_abandons_are_counted_and_can_be_left_out_of_the_fit()
    {
        var random = Samples.Generator(8);
        var waits = SimulatedWaits(Samples.Exponential(TrueMeanPatience, random), random).ToList();
        var misdials = Enumerable.Range(0, 3_000).Select(i => new WaitObservation(i % 4, true)).ToList();
        int realShort = waits.Count(w => w.Abandoned && w.WaitSeconds <= 5);
        WaitObservation[] all = [.. waits, .. misdials];

        var kept = PatienceEstimator.Estimate(all);
        var excluded = PatienceEstimator.Estimate(all, PatienceOptions.Default with { ExcludeShortAbandons = true });

        Assert.Equal(3_000 + realShort, kept.ShortAbandons.Count);
        Assert.Equal((3_000.0 + realShort) / all.Count(w => w.Abandoned), kept.ShortAbandons.ShareOfAbandoned.Value, 12);
        Assert.True(kept.Exponential!.MeanSeconds.Value < TrueMeanPatience * 0.9);
        Assert.InRange(excluded.Exponential!.MeanSeconds.Value, TrueMeanPatience * 0.95, TrueMeanPatience * 1.05);
        Assert.Equal(waits.Count(w => w.WaitSeconds > 5), excluded.Queued);
        Assert.Equal(kept.ShortAbandons, excluded.ShortAbandons);
    }

    [Fact]
    public void A_handful_of_abandons_fits_the_exponential_only()
    {
        var waits = Enumerable.Range(0, 300).Select(i => new WaitObservation(i % 60, i % 50 == 0)).ToArray();

        var estimate = PatienceEstimator.Estimate(waits);

        Assert.Equal(6, estimate.Abandoned);
        Assert.Equal(FittedFamily.Exponential, Assert.Single(estimate.Candidates).Family);
        Assert.Contains("fewer than the 10", estimate.Reason);
    }

    [Fact]
    public void An_abandon_logged_at_zero_seconds_is_fitted_as_half_a_second()
    {
        var waits = Enumerable.Range(0, 400).Select(i => new WaitObservation(i % 7 == 0 ? 0 : i % 90, i % 3 == 0)).ToArray();

        var estimate = PatienceEstimator.Estimate(waits);

        Assert.All(estimate.Candidates, c => Assert.True(double.IsFinite(c.LogLikelihood)));
        Assert.Equal(0.5, estimate.KaplanMeier.Steps[0].Seconds);
    }

    private static WaitObservation[] Censored(IContinuousDistribution patience, IContinuousDistribution answer, int count)
    {
        var waits = new WaitObservation[count];
        for (int i = 0; i < count; i++)
        {
            double p = patience.Sample(), a = answer.Sample();
            waits[i] = p < a ? new WaitObservation(p, true) : new WaitObservation(a, false);
        }
        return waits;
    }

    private static int Repeat(int times, Func<bool> trial)
    {
        int successes = 0;
        for (int i = 0; i < times; i++) if (trial()) successes++;
        return successes;
    }
}
