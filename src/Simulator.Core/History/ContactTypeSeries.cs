namespace Simulator.Core.History;

/// <summary>
/// One contact type's history on a grid of days × intervals (day-major arrays, day 0 being the
/// history's first date). A value that the file does not have is NaN, never zero: a missing interval
/// and an interval with no contacts are different things.
/// </summary>
public sealed class ContactTypeSeries
{
    public required string Id { get; init; }

    public required DateOnly From { get; init; }

    public required int Days { get; init; }

    public required int Slots { get; init; }

    /// <summary>Contacts offered; NaN where the file has no row (or, in a contact log, no contact of any type that day).</summary>
    public required double[] Offered { get; init; }

    /// <summary>Contacts answered; null when the file does not say.</summary>
    public double[]? Answered { get; init; }

    public double[]? Abandoned { get; init; }

    /// <summary>Average handle time in seconds; NaN where nothing was answered or the file does not say.</summary>
    public double[]? AhtSeconds { get; init; }

    /// <summary>How many contacts each AHT is the mean of (answered, or offered where answered is not known): its weight in averages.</summary>
    public double[]? AhtWeight { get; init; }

    public double[]? AsaSeconds { get; init; }

    public double[]? ServiceLevel { get; init; }

    public double[]? Agents { get; init; }

    public required DayStatus[] Status { get; init; }

    /// <summary>Whether each interval of each weekday (indexed by <see cref="DayOfWeek"/>) is normally open.</summary>
    public required bool[][] OpenSlots { get; init; }

    public required IReadOnlyList<HistoryGap> Gaps { get; init; }

    public bool HasAht => AhtSeconds is not null;

    public DateOnly Date(int day) => From.AddDays(day);

    public DayOfWeek Weekday(int day) => Date(day).DayOfWeek;

    public double OfferedAt(int day, int slot) => Offered[day * Slots + slot];

    /// <summary>The day's total offered, or NaN unless the day is complete.</summary>
    public double DailyTotal(int day)
    {
        if (Status[day] != DayStatus.Complete) return double.NaN;
        double total = 0;
        for (int s = 0; s < Slots; s++)
        {
            double value = Offered[day * Slots + s];
            if (!double.IsNaN(value)) total += value;
        }
        return total;
    }
}
