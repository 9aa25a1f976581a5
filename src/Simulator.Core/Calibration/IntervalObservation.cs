namespace Simulator.Core.Calibration;

/// <summary>One interval of history: what arrived, what happened to it, and who was there.</summary>
/// <param name="Offered">Contacts that reached the queue.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait of answered contacts; null where the history does not have it.</param>
/// <param name="AverageHandleTimeSeconds">Mean handle time in the interval (or the day's, where the interval's is unknown).</param>
/// <param name="Agents">Agents on duty: head-counts, or effective agents where they are known.</param>
public readonly record struct IntervalObservation(
    double LengthSeconds,
    double Offered,
    double Answered,
    double Abandoned,
    double? AverageSpeedOfAnswerSeconds,
    double AverageHandleTimeSeconds,
    double Agents)
{
    internal void Check(int index)
    {
        string? problem =
            !(LengthSeconds > 0) || !double.IsFinite(LengthSeconds) ? $"length {LengthSeconds} s: expected a positive number of seconds"
            : !(Offered >= 0) || !double.IsFinite(Offered) ? $"offered {Offered}: expected zero or more"
            : !(Answered >= 0) || !double.IsFinite(Answered) ? $"answered {Answered}: expected zero or more"
            : !(Abandoned >= 0) || !double.IsFinite(Abandoned) ? $"abandoned {Abandoned}: expected zero or more"
            : Answered + Abandoned > Offered * (1 + 1e-9) ? $"answered {Answered} + abandoned {Abandoned} exceed offered {Offered}"
            : Offered > 0 && (!(AverageHandleTimeSeconds > 0) || !double.IsFinite(AverageHandleTimeSeconds)) ? $"average handle time " +
                $"{AverageHandleTimeSeconds} s: expected a positive number of seconds where contacts were offered"
            : !(Agents >= 0) || !double.IsFinite(Agents) ? $"agents {Agents}: expected zero or more"
            : AverageSpeedOfAnswerSeconds is double asa
                && (!(asa >= 0) || !double.IsFinite(asa)) ? $"average speed of answer {asa} s: expected zero or more seconds"
            : null;
        if (problem is not null) throw new ArgumentException($"Interval {index}: {problem}.");
    }
}
