using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Simulator.Core.Calibration;

/// <summary>What a sample says without a model: its mean (Student t interval), spread and quantiles.</summary>
public sealed record EmpiricalSummary(int SampleSize, Estimate MeanSeconds, double CoefficientOfVariation, IReadOnlyList<DurationQuantile> Quantiles)
{
    internal static readonly double[] ReportedProbabilities = [0.05, 0.25, 0.5, 0.75, 0.95];

    internal static EmpiricalSummary Of(double[] sorted, ConfidenceLevel level)
    {
        int n = sorted.Length;
        double mean = sorted.Average();
        double deviation = n > 1 ? ArrayStatistics.StandardDeviation(sorted) : 0;
        double halfWidth = n > 1 ? StudentT.InvCDF(0, 1, n - 1, level.UpperTail) * deviation / Math.Sqrt(n) : double.PositiveInfinity;
        var quantiles = ReportedProbabilities
            .Select(p => new DurationQuantile(p, SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7)))
            .ToList();
        return new EmpiricalSummary(
            n,
            new Estimate(mean, Math.Max(0, mean - halfWidth), mean + halfWidth, ConfidenceMethod.StudentT),
            mean > 0 ? deviation / mean : 0,
            quantiles);
    }
}
