namespace Simulator.Core.Calibration;

/// <summary>One interval as it really happened, for the availability solver to reproduce.</summary>
/// <param name="Heads">Agents on duty (head-count): effective agents are a factor times this.</param>
/// <param name="AverageSpeedOfAnswerStandardErrorSeconds">
/// The observed ASA's standard error: the standard deviation of answered waits over √answered, from a
/// contact log. Null: taken as ASA/√answered, right when answered waits have a coefficient of variation
/// of 1 (an exponential wait); interval histories seldom carry more.
/// </param>
public readonly record struct AvailabilityTarget(
    double Heads,
    double Offered,
    double Abandoned,
    double Answered,
    double? AverageSpeedOfAnswerSeconds,
    double? AverageSpeedOfAnswerStandardErrorSeconds = null)
{
    internal void Check(int index)
    {
        string? problem =
            !(Heads >= 0) || !double.IsFinite(Heads) ? $"heads {Heads}: expected zero or more"
            : !(Offered >= 0) || !double.IsFinite(Offered) ? $"offered {Offered}: expected zero or more"
            : !(Abandoned >= 0) || Abandoned > Offered ? $"abandoned {Abandoned}: expected between 0 and offered ({Offered})"
            : !(Answered >= 0) || Answered + Abandoned > Offered * (1 + 1e-9) ? $"answered {Answered}: expected between 0 and offered − abandoned"
            : AverageSpeedOfAnswerSeconds is double asa && !(asa >= 0) ? $"ASA {asa} s: expected zero or more seconds"
            : AverageSpeedOfAnswerStandardErrorSeconds is double se && !(se >= 0) ? $"ASA standard error {se} s: expected zero or more seconds"
            : null;
        if (problem is not null) throw new ArgumentException($"Interval {index}: {problem}.");
    }

    /// <summary>Variance of the abandon count, with the share shrunk to (abandoned + 1)/(offered + 2) so an interval with none still has some.</summary>
    internal double AbandonedVariance
    {
        get
        {
            double share = (Abandoned + 1) / (Offered + 2);
            return Offered * share * (1 - share);
        }
    }

    internal double? AverageSpeedOfAnswerStandardError =>
        AverageSpeedOfAnswerSeconds is not double asa || Answered <= 0 ? null
        : AverageSpeedOfAnswerStandardErrorSeconds ?? Math.Max(asa, 1) / Math.Sqrt(Answered);
}
