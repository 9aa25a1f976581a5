namespace Simulator.Core.Calibration;

public enum DurationFitStatus
{
    /// <summary>A parametric family fits: <see cref="DurationFit.Chosen"/> holds it.</summary>
    Fitted,

    /// <summary>No family fits well enough: draw from the observed durations themselves.</summary>
    Empirical,

    /// <summary>Too few durations to fit anything; the caller keeps what it had and says why.</summary>
    NotEnoughData,
}
