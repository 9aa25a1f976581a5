namespace Simulator.Core.Calibration;

/// <summary>How <see cref="ReturnAnalyzer"/> counts returns; every default is stated in docs/calibration.md.</summary>
public sealed record ReturnOptions
{
    public static readonly ReturnOptions Default = new();

    public double Confidence { get; init; } = 0.95;

    /// <summary>An abandoner who calls again within this long counts as a redial in the windowed share (an hour: redials come within minutes).</summary>
    public double RedialWindowSeconds { get; init; } = 3_600;

    /// <summary>An answered customer who calls again within this long counts as a repeat in the windowed share (a day, the common FCR window).</summary>
    public double RepeatWindowSeconds { get; init; } = 86_400;

    /// <summary>A customer's next contact later than this is a new need, not a return, in the censored estimate (a week).</summary>
    public double MaximumReturnDelaySeconds { get; init; } = 7 * 86_400;

    /// <summary>When the log stops seeing returns; null: the last arrival in it.</summary>
    public double? ObservationEndSeconds { get; init; }

    /// <summary>How the delays of returns within the window are fitted.</summary>
    public DurationFitOptions DelayFit { get; init; } = DurationFitOptions.Default;
}
