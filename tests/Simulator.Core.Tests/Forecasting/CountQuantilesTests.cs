using MathNet.Numerics.Distributions;
using Simulator.Core.Forecasting;

namespace Simulator.Core.Tests.Forecasting;

/// <summary>Quantiles of forecast counts: negative binomial, on the count jittered by a uniform so that bounds are exceeded as often as their level
/// says.</summary>
public class CountQuantilesTests
{
    [Theory]
    [InlineData(0.4, 0.9)]
    [InlineData(3.7, 0.5)]
    [InlineData(3.7, 0.9)]
    [InlineData(55, 0.025)]
    [InlineData(180, 0.975)]
    public void A_poisson_quantile_is_where_the_jittered_count_reaches_the_probability(double mean, double probability)
    {
        double q = CountQuantiles.Quantile(mean, 0, probability);

        // P(Y + U ≤ q) for U uniform on (−½, ½): the mass below the count q sits in, plus its share of that count.
        int k = (int)Math.Round(q);
        double below = k > 0 ? Poisson.CDF(mean, k - 1) : 0;
        double jittered = below + (q - (k - 0.5)) * Poisson.PMF(mean, k);
        Assert.Equal(probability, jittered, 9);
    }

    [Fact]
    public void Relative_error_widens_the_interval_and_a_larger_mean_moves_it_up()
    {
        var poisson = CountQuantiles.Quantiles(100, 0, 0.1, 0.9);
        var wider = CountQuantiles.Quantiles(100, 0.01, 0.1, 0.9);

        Assert.True(wider[0] < poisson[0] && wider[1] > poisson[1]);
        Assert.True(CountQuantiles.Quantile(101, 0, 0.5) > CountQuantiles.Quantile(100, 0, 0.5));
        Assert.Equal([0.0, 0.0], CountQuantiles.Quantiles(0, 0.2, 0.1, 0.9));
    }

    [Fact]
    public void The_gamma_used_for_large_means_joins_the_exact_walk_smoothly()
    {
        foreach (double p in new[] { 0.025, 0.1, 0.9, 0.975 })
        {
            Assert.InRange(CountQuantiles.Quantile(400.1, 0.004, p) - CountQuantiles.Quantile(399.9, 0.004, p), -1, 1);
        }
    }

    [Fact]
    public void Negative_binomial_bounds_hold_their_coverage_over_many_draws()
    {
        var random = new Simulator.Core.Randomness.Xoshiro256StarStar(3);
        int inside80 = 0, inside95 = 0, draws = 20_000;
        for (int i = 0; i < draws; i++)
        {
            double mean = 2 + 60 * random.NextUniform(), kappa = 0.02;
            // Negative binomial as a gamma mixture of Poissons, with Var = μ + κμ².
            double rate = Gamma.Sample(random, 1 / kappa, 1 / (kappa * mean));
            int y = Poisson.Sample(random, rate);
            var q = CountQuantiles.Quantiles(mean, kappa, 0.025, 0.1, 0.9, 0.975);
            if (y >= q[1] && y <= q[2]) inside80++;
            if (y >= q[0] && y <= q[3]) inside95++;
        }

        Assert.InRange(inside80 / (double)draws, 0.79, 0.81);
        Assert.InRange(inside95 / (double)draws, 0.945, 0.955);
    }
}
