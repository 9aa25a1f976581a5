namespace Simulator.Core.Calibration;

/// <summary>A point estimate with its confidence interval and how that interval was formed.</summary>
/// <param name="Value">The estimate (a maximum-likelihood value unless <paramref name="Method"/> says otherwise).</param>
/// <param name="Low">Lower confidence bound; 0 or −∞ where the data cannot bound it.</param>
/// <param name="High">Upper confidence bound; +∞ where the data cannot bound it (for example a patience with almost no abandons).</param>
public readonly record struct Estimate(double Value, double Low, double High, ConfidenceMethod Method)
{
    public bool Covers(double truth) => Low <= truth && truth <= High;
}
