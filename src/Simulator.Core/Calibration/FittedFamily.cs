namespace Simulator.Core.Calibration;

/// <summary>The parametric families calibration fits to durations (handle times, patience, return delays).</summary>
public enum FittedFamily
{
    Exponential,
    Lognormal,
    Gamma,

    /// <summary>Fitted to patience, where its monotone hazard is a common finding; the scenario format does not draw from it yet.</summary>
    Weibull,
}
