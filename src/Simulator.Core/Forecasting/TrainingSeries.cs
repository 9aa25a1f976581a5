using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>
/// One contact type's history as the methods see it: offered per day and interval, and whether each day
/// may be fitted — complete, not an outlier, not a special day. Everything else is invisible to the
/// methods: they never fit a gap, an outlier or a holiday as a normal day.
/// </summary>
internal sealed class TrainingSeries
{
    public TrainingSeries(ContactTypeSeries series, int days, Func<int, bool> excluded)
    {
        Id = series.Id;
        From = series.From;
        Days = days;
        DataDays = Math.Min(days, series.Days);
        Slots = series.Slots;
        OpenSlots = series.OpenSlots;
        Offered = new double[days * Slots];
        Totals = new double[days];
        Usable = new bool[days];
        for (int d = 0; d < days; d++)
        {
            // Days after the end of the file and before the forecast's start are days without data, as a gap is.
            Usable[d] = d < series.Days && series.Status[d] == DayStatus.Complete && !excluded(d);
            Totals[d] = double.NaN;
            if (!Usable[d]) continue;
            double total = 0;
            for (int s = 0; s < Slots; s++)
            {
                // Outside the normal opening intervals a complete day may have no row: nothing came in.
                double value = series.Offered[d * Slots + s];
                Offered[d * Slots + s] = double.IsNaN(value) ? 0 : value;
                total += Offered[d * Slots + s];
            }
            Totals[d] = total;
        }
    }

    public string Id { get; }

    public DateOnly From { get; }

    /// <summary>Days up to the forecast's start: the history's, and any after its end, which have no data.</summary>
    public int Days { get; }

    /// <summary>Days with data: up to the end of the history or the start, whichever comes first.</summary>
    public int DataDays { get; }

    public int Slots { get; }

    /// <summary>Where a window of recent days ends for a forecast from <paramref name="origin"/>: at the origin, or at the last day of data before
    /// it.</summary>
    public int WindowEnd(int origin) => Math.Min(origin, DataDays);

    public bool[][] OpenSlots { get; }

    public double[] Offered { get; }

    /// <summary>Daily totals; NaN on days that may not be fitted.</summary>
    public double[] Totals { get; }

    public bool[] Usable { get; }

    public int Weekday(int day) => (int)From.AddDays(day).DayOfWeek;

    public int UsableDays(int before) => Usable.Take(before).Count(u => u);

    /// <summary>
    /// Whether a weekday has had contacts in the last <paramref name="weeks"/> weeks of data before
    /// <paramref name="before"/>: a weekday that has not is closed, and forecast as zero.
    /// </summary>
    public bool WeekdayOpen(int weekday, int before, int weeks = 8)
    {
        int end = WindowEnd(before);
        for (int d = end - 1; d >= Math.Max(0, end - 7 * weeks); d--)
        {
            if (Weekday(d) == weekday && Usable[d] && Totals[d] > 0) return true;
        }
        return false;
    }
}
