using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

/// <summary>
/// Handle-time fits on samples from a known distribution. Sample sizes are chosen so that 2 % of the
/// mean is at least 2.5 standard errors (cv/√n), so a pass is not luck of the seed.
/// </summary>
public class DurationFitterTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Lognormal_handle_times_are_recognised_and_their_mean_recovered_within_two_percent(ulong seed)
    {
        var sample = Samples.Draw(Samples.Lognormal(300, 0.8, Samples.Generator(seed)), 10_000);

        var fit = DurationFitter.Fit(sample);

        Assert.Equal(DurationFitStatus.Fitted, fit.Status);
        Assert.Equal(FittedFamily.Lognormal, fit.Chosen!.Family);
        Assert.InRange(fit.Chosen.MeanSeconds.Value, 300 * 0.98, 300 * 1.02);
        Assert.InRange(fit.Chosen.CoefficientOfVariation.Value, 0.8 * 0.9, 0.8 * 1.1);
    }

    [Theory]
    [InlineData(4UL)]
    [InlineData(5UL)]
    [InlineData(6UL)]
    public void Gamma_handle_times_are_recognised_and_their_mean_recovered_within_two_percent(ulong seed)
    {
        var sample = Samples.Draw(Samples.Gamma(240, 0.5, Samples.Generator(seed)), 4_000);

        var fit = DurationFitter.Fit(sample);

        Assert.Equal(FittedFamily.Gamma, fit.Chosen!.Family);
        Assert.InRange(fit.Chosen.MeanSeconds.Value, 240 * 0.98, 240 * 1.02);
        Assert.InRange(fit.Chosen.Parameter("shape").Estimate.Value, 4 * 0.9, 4 * 1.1);
    }

    [Theory]
    [InlineData(7UL)]
    [InlineData(8UL)]
    [InlineData(9UL)]
    public void Exponential_handle_times_choose_the_exponential_over_a_gamma_of_shape_one(ulong seed)
    {
        var sample = Samples.Draw(Samples.Exponential(180, Samples.Generator(seed)), 16_000);

        var fit = DurationFitter.Fit(sample);

        Assert.Equal(FittedFamily.Exponential, fit.Chosen!.Family);
        Assert.InRange(fit.Chosen.MeanSeconds.Value, 180 * 0.98, 180 * 1.02);
        Assert.Equal(3, fit.Candidates.Count);
    }

    [Fact]
    public void The_gamma_shape_solves_the_digamma_equation_of_its_sample()
    {
        var sample = Samples.Draw(Samples.Gamma(100, 0.3, Samples.Generator(10)), 500);

        var fit = DurationFitter.Fit(sample, DurationFitOptions.Default with { Families = [FittedFamily.Gamma] });

        double shape = fit.Candidates[0].Parameter("shape").Estimate.Value;
        double meanLog = sample.Average(Math.Log);
        double residual = Math.Log(shape) - MathNet.Numerics.SpecialFunctions.DiGamma(shape) - (Math.Log(sample.Average()) - meanLog);
        Assert.InRange(residual, -1e-10, 1e-10);
        Assert.Equal(sample.Average(), fit.Candidates[0].MeanSeconds.Value, 9);
    }

    public static TheoryData<FittedFamily> Families() => [FittedFamily.Exponential, FittedFamily.Lognormal, FittedFamily.Gamma, FittedFamily.Weibull];

    /// <summary>
    /// 400 samples of 150: the 95 % intervals of the mean and of the coefficient of variation cover the
    /// truth in 92–98 % of them (three binomial standard deviations of 1.1 points each side).
    /// </summary>
    [Theory]
    [MemberData(nameof(Families))]
    public void Intervals_cover_the_true_mean_and_spread_at_about_the_stated_rate(FittedFamily family)
    {
        const int repetitions = 400;
        var random = Samples.Generator(100 + (ulong)family);
        var (truth, trueMean, trueCv) = family switch
        {
            FittedFamily.Exponential => (Samples.Exponential(200, random), 200.0, 1.0),
            FittedFamily.Lognormal => (Samples.Lognormal(200, 0.7, random), 200.0, 0.7),
            FittedFamily.Gamma => (Samples.Gamma(200, 0.6, random), 200.0, 0.6),
            _ => (new MathNet.Numerics.Distributions.Weibull(1.5, 200, random), 200 * MathNet.Numerics.SpecialFunctions.Gamma(1 + 1 / 1.5), WeibullCv(1.5)),
        };
        var options = DurationFitOptions.Default with { Families = [family] };

        int meanCovered = 0, cvCovered = 0;
        for (int i = 0; i < repetitions; i++)
        {
            var fit = DurationFitter.Fit(Samples.Draw(truth, 150), options).Candidates[0];
            if (fit.MeanSeconds.Covers(trueMean)) meanCovered++;
            if (fit.CoefficientOfVariation.Covers(trueCv)) cvCovered++;
        }

        Assert.InRange(meanCovered / (double)repetitions, 0.92, 0.98);
        if (family != FittedFamily.Exponential) Assert.InRange(cvCovered / (double)repetitions, 0.92, 0.98);
    }

    private static double WeibullCv(double shape)
    {
        double first = MathNet.Numerics.SpecialFunctions.Gamma(1 + 1 / shape);
        return Math.Sqrt(MathNet.Numerics.SpecialFunctions.Gamma(1 + 2 / shape) / (first * first) - 1);
    }

    [Fact]
    public void Two_kinds_of_contact_mixed_together_fit_no_family_and_fall_back_to_the_observed_durations()
    {
        var random = Samples.Generator(11);
        var quick = Samples.Draw(Samples.Lognormal(60, 0.2, random), 1_500);
        var long_ = Samples.Draw(Samples.Lognormal(600, 0.2, random), 1_500);

        var fit = DurationFitter.Fit([.. quick, .. long_]);

        Assert.Equal(DurationFitStatus.Empirical, fit.Status);
        Assert.Null(fit.Chosen);
        Assert.True(fit.Candidates.All(c => c.KolmogorovSmirnovDistance > 0.1));
        Assert.InRange(fit.Empirical!.MeanSeconds.Value, 320, 340);
        Assert.Contains("observed durations", fit.Reason);
    }

    [Fact]
    public void Too_few_durations_fit_nothing_and_say_how_many_are_needed()
    {
        var fit = DurationFitter.Fit([120, 130, 300, 90]);

        Assert.Equal(DurationFitStatus.NotEnoughData, fit.Status);
        Assert.Empty(fit.Candidates);
        Assert.Contains("30", fit.Reason);
    }

    [Fact]
    public void Zero_durations_are_left_out_and_counted()
    {
        var sample = Samples.Draw(Samples.Gamma(240, 0.5, Samples.Generator(12)), 200);

        var fit = DurationFitter.Fit([.. sample, 0, 0, 0]);

        Assert.Equal(3, fit.ExcludedNonPositive);
        Assert.Equal(200, fit.SampleSize);
    }

    [Fact]
    public void A_negative_duration_is_refused_with_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() => DurationFitter.Fit([120, -4, 300]));

        Assert.Contains("Duration 1 is -4", error.Message);
    }

    [Fact]
    public void Identical_durations_are_reported_as_a_single_value()
    {
        var fit = DurationFitter.Fit(Enumerable.Repeat(60.0, 50).ToArray());

        Assert.Equal(DurationFitStatus.Empirical, fit.Status);
        Assert.Equal(60, fit.Empirical!.MeanSeconds.Value);
    }
}
