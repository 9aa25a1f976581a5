using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Simulator.Core.Calibration;

/// <summary>
/// Maximum-likelihood fits to a complete sample of positive durations, in closed form where one exists
/// and with the exact interval where one is known; Weibull goes through the general likelihood search.
/// </summary>
internal static class CompleteSampleFit
{
    public static FittedDistribution Fit(FittedFamily family, double[] sorted, ConfidenceLevel level) => family switch
    {
        FittedFamily.Exponential => Exponential(sorted, level),
        FittedFamily.Lognormal => Lognormal(sorted, level),
        FittedFamily.Gamma => Gamma(sorted, level),
        FittedFamily.Weibull => Weibull(sorted, level),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "No complete-sample fit for this family."),
    };

    /// <summary>Mean = x̄, with the exact interval from 2n·x̄/mean ~ χ²(2n).</summary>
    private static FittedDistribution Exponential(double[] sorted, ConfidenceLevel level)
    {
        int n = sorted.Length;
        double mean = sorted.Average();
        double degrees = 2.0 * n;
        var meanEstimate = new Estimate(
            mean,
            degrees * mean / ChiSquared.InvCDF(degrees, level.UpperTail),
            degrees * mean / ChiSquared.InvCDF(degrees, level.LowerTail),
            ConfidenceMethod.ExactChiSquare);
        return ExponentialFamily.Fitted(meanEstimate, n, distribution => KolmogorovSmirnov.Distance(sorted, distribution.CumulativeDistribution));
    }

    /// <summary>
    /// μ̂, σ̂ from the logs; μ by Student t, σ by χ²(n − 1), the mean exp(μ + σ²/2) by Cox's interval
    /// (Zhou &amp; Gao 1997), the coefficient of variation √(e^σ² − 1) through σ's interval.
    /// </summary>
    private static FittedDistribution Lognormal(double[] sorted, ConfidenceLevel level)
    {
        int n = sorted.Length;
        double sumLogs = 0;
        foreach (double x in sorted) sumLogs += Math.Log(x);
        double mu = sumLogs / n;
        double squares = 0;
        foreach (double x in sorted) squares += (Math.Log(x) - mu) * (Math.Log(x) - mu);
        double sigma = Math.Sqrt(squares / n);
        double unbiasedVariance = squares / (n - 1);

        double t = StudentT.InvCDF(0, 1, n - 1, level.UpperTail);
        var muEstimate = new Estimate(mu, mu - t * Math.Sqrt(unbiasedVariance / n), mu + t * Math.Sqrt(unbiasedVariance / n), ConfidenceMethod.StudentT);
        double sigmaLow = Math.Sqrt(squares / ChiSquared.InvCDF(n - 1, level.UpperTail));
        double sigmaHigh = Math.Sqrt(squares / ChiSquared.InvCDF(n - 1, level.LowerTail));
        var sigmaEstimate = new Estimate(sigma, sigmaLow, sigmaHigh, ConfidenceMethod.StudentT);

        double z = level.NormalQuantile;
        double coxCentre = mu + unbiasedVariance / 2;
        double coxHalfWidth = z * Math.Sqrt(unbiasedVariance / n + unbiasedVariance * unbiasedVariance / (2.0 * (n - 1)));
        var meanEstimate = new Estimate(Math.Exp(mu + sigma * sigma / 2), Math.Exp(coxCentre - coxHalfWidth), Math.Exp(coxCentre + coxHalfWidth),
            ConfidenceMethod.Cox);

        static double Cv(double s) => Math.Sqrt(double.ExpM1(s * s));
        var cvEstimate = new Estimate(Cv(sigma), Cv(sigmaLow), Cv(sigmaHigh), ConfidenceMethod.StudentT);

        double logLikelihood = -sumLogs - n * Math.Log(sigma) - n / 2.0 - n * 0.5 * Math.Log(2 * Math.PI);
        var distribution = LognormalFamily.Instance.Distribution([mu, Math.Log(sigma)]);
        return new FittedDistribution(
            FittedFamily.Lognormal,
            distribution,
            [new FittedParameter("mu", muEstimate), new FittedParameter("sigma", sigmaEstimate)],
            meanEstimate,
            cvEstimate,
            logLikelihood,
            KolmogorovSmirnov.Distance(sorted, distribution.CumulativeDistribution));
    }

    /// <summary>
    /// The shape k solves ln k − ψ(k) = ln x̄ − mean(ln x), by Newton's method from Minka's (2002) close
    /// start; scale = x̄/k. Intervals from the Fisher information on (ln k, ln scale), which for the gamma
    /// equals the observed information at the maximum: Var(ln k̂) = 1/(n·k·(k·ψ′(k) − 1)), Var(ln mean) = 1/(n·k).
    /// </summary>
    private static FittedDistribution Gamma(double[] sorted, ConfidenceLevel level)
    {
        int n = sorted.Length;
        double mean = sorted.Average();
        double meanLog = 0;
        foreach (double x in sorted) meanLog += Math.Log(x);
        meanLog /= n;
        double s = Math.Log(mean) - meanLog;

        double shape = (3 - s + Math.Sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double f = Math.Log(shape) - SpecialFunctions.DiGamma(shape) - s;
            double slope = 1 / shape - Trigamma.Evaluate(shape);
            double next = shape - f / slope;
            if (next <= 0) next = shape / 2;
            bool done = Math.Abs(next - shape) <= 1e-12 * shape;
            shape = next;
            if (done) break;
        }
        double scale = mean / shape;

        double common = 1 / (n * shape * (shape * Trigamma.Evaluate(shape) - 1));
        var covariance = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { common, -common },
            { -common, common * shape * Trigamma.Evaluate(shape) },
        });
        double logLikelihood = (shape - 1) * n * meanLog - n * shape - n * shape * Math.Log(scale) - n * SpecialFunctions.GammaLn(shape);
        double[] p = [Math.Log(shape), Math.Log(scale)];
        var family = GammaFamily.Instance;
        return LikelihoodFit.Describe(
            family,
            new MaximumLikelihood(p, logLikelihood, covariance, Converged: true),
            level,
            KolmogorovSmirnov.Distance(sorted, family.Distribution(p).CumulativeDistribution));
    }

    private static FittedDistribution Weibull(double[] sorted, ConfidenceLevel level)
    {
        var family = WeibullFamily.Instance;
        var fit = LikelihoodFit.Maximize(family, TimeCounts.Complete(sorted), sorted.Average());
        return LikelihoodFit.Describe(family, fit, level, KolmogorovSmirnov.Distance(sorted, family.Distribution(fit.Parameters).CumulativeDistribution));
    }
}
