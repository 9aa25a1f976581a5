using MathNet.Numerics.Distributions;

namespace Simulator.Core.Forecasting;

/// <summary>
/// Quantiles of a count whose mean is forecast: negative binomial with variance μ + κ μ² (Poisson noise
/// plus the forecast's own relative error κ; Poisson when κ = 0). Counts are whole, so a plain
/// quantile would over-cover; these are quantiles of the count plus an independent uniform on
/// (−½, ½) — the randomised probability integral transform (Brockwell 2007) — so that over many
/// intervals a bound is exceeded as often as its level says. Large means use the gamma with the same
/// mean and variance, to which the negative binomial tends.
/// </summary>
public static class CountQuantiles
{
    private const double LargeMean = 400;

    /// <summary>The quantiles at <paramref name="probabilities"/>, which must rise; one walk up the distribution serves them all.</summary>
    public static double[] Quantiles(double mean, double kappa, params ReadOnlySpan<double> probabilities)
    {
        var quantiles = new double[probabilities.Length];
        if (mean <= 0) return quantiles;
        double variance = mean + kappa * mean * mean;
        if (mean > LargeMean)
        {
            double shape = mean * mean / variance, rate = mean / variance;
            for (int i = 0; i < probabilities.Length; i++) quantiles[i] = Math.Max(0, Gamma.InvCDF(shape, rate, probabilities[i]));
            return quantiles;
        }
        // p(0) from its logarithm (exact for small masses), then p(k+1) = p(k) · ratio(k).
        double success = kappa * mean / (1 + kappa * mean);
        double p = Math.Exp(kappa > 0 ? -Math.Log(1 + kappa * mean) / kappa : -mean);
        double cumulative = 0;
        int next = 0;
        for (int k = 0; next < probabilities.Length; k++)
        {
            while (next < probabilities.Length && cumulative + p >= probabilities[next])
            {
                quantiles[next] = Math.Max(0, k - 0.5 + (probabilities[next] - cumulative) / p);
                next++;
            }
            cumulative += p;
            // Past the mean a vanished mass means the rest of the distribution rounds to nothing: the remaining quantiles sit here.
            if (p == 0 && k > mean)
            {
                for (; next < probabilities.Length; next++) quantiles[next] = k + 0.5;
                break;
            }
            p *= kappa > 0 ? (k + 1 / kappa) / (k + 1) * success : mean / (k + 1);
        }
        return quantiles;
    }

    public static double Quantile(double mean, double kappa, double probability) => Quantiles(mean, kappa, probability)[0];
}
