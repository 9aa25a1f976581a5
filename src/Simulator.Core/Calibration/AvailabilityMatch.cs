namespace Simulator.Core.Calibration;

/// <summary>Which observed figures the availability solver makes the model reproduce.</summary>
public enum AvailabilityMatch
{
    /// <summary>The sum of the two standardised gaps is brought to zero: a compromise where one number of agents cannot match both.</summary>
    AbandonmentAndAnswerSpeed,
    Abandonment,
    AnswerSpeed,
}
