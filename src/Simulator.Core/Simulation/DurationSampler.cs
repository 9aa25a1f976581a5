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
