namespace Simulator.Core.Calibration;

/// <summary>
/// The abandonment hazard over one stretch of waiting time: abandons there divided by the time all
/// customers spent waiting there (occurrence over exposure), per second, with Garwood's exact interval.
/// </summary>
/// <param name="ToSeconds">End of the stretch; +∞ for the last, open one.</param>
public readonly record struct HazardBin(double FromSeconds, double ToSeconds, double Abandoned, double ExposureSeconds, Estimate RatePerSecond);
