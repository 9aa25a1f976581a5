using MathNet.Numerics.Statistics;
using Simulator.Core.Simulation;

namespace Simulator.Core.LookAhead;

/// <summary>
/// One KPI over a look-ahead's replications: the mean with its 95 % confidence interval (<see cref="KpiEstimate"/>, where the expected value
/// lies) and the 95 % prediction interval <see cref="Low"/>–<see cref="High"/> (where the realised value of the day should land: the 2.5 % and
/// 97.5 % quantiles of the replications at plotting positions i/(R+1), which cover a new draw of the same law 95 % of the time).
/// </summary>
public sealed record KpiForecast(double? Mean, double? CiLow, double? CiHigh, double? Low, double? High, int Replications)
{
    public const double Coverage = 0.95;

    public static KpiForecast From(IEnumerable<double> values, double lowest, double highest)
    {
        var defined = values.Where(double.IsFinite).ToArray();
        var estimate = KpiEstimate.From(defined, lowest, highest);
        if (defined.Length < 2) return new KpiForecast(estimate.Mean, estimate.CiLow, estimate.CiHigh, null, null, estimate.Replications);
        Array.Sort(defined);
        double tail = (1 - Coverage) / 2;
        double low = SortedArrayStatistics.QuantileCustom(defined, tail, QuantileDefinition.Weibull);
        double high = SortedArrayStatistics.QuantileCustom(defined, 1 - tail, QuantileDefinition.Weibull);
        return new KpiForecast(estimate.Mean, estimate.CiLow, estimate.CiHigh, low, high, estimate.Replications);
    }

    /// <summary>
    /// For a paired difference (an action's effect): its 95 % confidence interval excludes zero, so the action changes the KPI. A method, not a
    /// property, so that the look-ahead's JSON stays as it is.
    /// </summary>
    public bool IsSignificant() => CiLow is double low && CiHigh is double high && (low > 0 || high < 0);

    /// <summary>Whether <paramref name="value"/> lies in the prediction interval.</summary>
    public bool Covers(double value) => Low is double low && High is double high && value >= low && value <= high;
}
