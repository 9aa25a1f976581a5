using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;
using Simulator.Core.Randomness;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>Draws durations in seconds from a scenario's distribution, with the generator handed in.</summary>
internal sealed class DurationSampler
{
    private readonly DistributionFamily _family;
    private readonly double _meanSeconds;
    private readonly double _shapeOrMu;
    private readonly double _rateOrSigma;
    private readonly double[] _samples;

    public DurationSampler(DurationDistribution distribution)
    {
        _family = distribution.Family;
        _meanSeconds = distribution.Mean.TotalSeconds;
        _samples = distribution.Samples?.Select(s => s.TotalSeconds).ToArray() ?? [];
        double cv = distribution.CoefficientOfVariation ?? 0;
        switch (_family)
        {
            case DistributionFamily.Lognormal:
                // Mean m and coefficient of variation c: σ² = ln(1 + c²), μ = ln m − σ²/2.
                double variance = Math.Log(1 + cv * cv);
                _shapeOrMu = Math.Log(_meanSeconds) - variance / 2;
                _rateOrSigma = Math.Sqrt(variance);
                break;
            case DistributionFamily.Gamma:
                // Shape k = 1/c², rate k/m, so the mean is m and the coefficient of variation c.
                _shapeOrMu = 1 / (cv * cv);
                _rateOrSigma = _shapeOrMu / _meanSeconds;
                break;
        }
    }

    public double MeanSeconds => _meanSeconds;

    /// <summary>
    /// A whole duration drawn on condition that it exceeds <paramref name="elapsed"/> seconds: what is left of a customer's patience after
    /// waiting so long, or of a contact's work after so long in it. Exponential durations are memoryless (elapsed + a fresh draw); the others
    /// invert the distribution function on its tail beyond <paramref name="elapsed"/> (u uniform on [F(elapsed), 1), x = F⁻¹(u)); an empirical
    /// one picks among its samples longer than <paramref name="elapsed"/>. Where nothing is left beyond (a constant or every sample shorter,
    /// or a tail past the precision of F), the duration ends now: <paramref name="elapsed"/> itself.
    /// </summary>
    public double SampleBeyond(Xoshiro256StarStar random, double elapsed)
    {
        if (elapsed <= 0) return Sample(random);
        double u = random.NextUniform();
        double beyond = _family switch
        {
            DistributionFamily.Exponential => elapsed + _meanSeconds * -Math.Log(1 - u),
            DistributionFamily.Constant => _meanSeconds,
            DistributionFamily.Lognormal => Tail(LogNormal.CDF(_shapeOrMu, _rateOrSigma, elapsed), u, p => LogNormal.InvCDF(_shapeOrMu, _rateOrSigma, p)),
            DistributionFamily.Gamma => Tail(Gamma.CDF(_shapeOrMu, _rateOrSigma, elapsed), u, p => Gamma.InvCDF(_shapeOrMu, _rateOrSigma, p)),
            DistributionFamily.Empirical => Longer(elapsed, u),
            _ => throw new InvalidOperationException($"Unknown distribution {_family}."),
        };
        return double.IsNaN(beyond) ? elapsed : Math.Max(elapsed, beyond);

        static double Tail(double below, double u, Func<double, double> inverse) =>
            below >= 1 ? double.NaN : inverse(below + u * (1 - below));
    }

    private double Longer(double elapsed, double u)
    {
        int longer = 0;
        foreach (double s in _samples) if (s > elapsed) longer++;
        if (longer == 0) return elapsed;
        int pick = Math.Min(longer - 1, (int)(u * longer));
        foreach (double s in _samples)
        {
            if (s <= elapsed) continue;
            if (pick-- == 0) return s;
        }
        return elapsed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Sample(Xoshiro256StarStar random) => _family switch
    {
        DistributionFamily.Exponential => _meanSeconds * random.NextStandardExponential(),
        DistributionFamily.Constant => _meanSeconds,
        DistributionFamily.Lognormal => LogNormal.Sample(random, _shapeOrMu, _rateOrSigma),
        DistributionFamily.Gamma => Gamma.Sample(random, _shapeOrMu, _rateOrSigma),
        DistributionFamily.Empirical => _samples[(int)(random.NextUniform() * _samples.Length)],
        _ => throw new InvalidOperationException($"Unknown distribution {_family}."),
    };
}
