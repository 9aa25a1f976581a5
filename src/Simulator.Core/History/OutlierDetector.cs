namespace Simulator.Core.History;

/// <summary>
/// Finds days whose total is far from their weekday's norm. The norm of a day is the median of the same
/// weekday in the <see cref="NeighbourWeeks"/> weeks either side (so a trend or a season does not make
/// outliers); a day is an outlier when the log of its ratio to the norm lies more than
/// <see cref="Threshold"/> robust standard deviations (1.4826 × MAD over the same weekday's days) from
/// that weekday's median log ratio, and more than <see cref="MinimumDeparture"/> from the norm — a
/// statistically clear but small wobble is left as a normal day.
/// </summary>
public static class OutlierDetector
{
    public const int NeighbourWeeks = 4;
    public const int MinimumNeighbours = 3;
    public const double Threshold = 3.5;
    public const double MinimumDeparture = 0.15;

    /// <summary>A weekday judged on fewer of its own days than this uses the median and MAD of all the type's days.</summary>
    public const int MinimumWeekdayDays = 8;

    /// <param name="excluded">Days neither judged nor used as anyone's norm (special days the planner has named).</param>
    /// <param name="before">Only days before this one are looked at (a forecast from inside the history must not see past its start).</param>
    public static IReadOnlyList<OutlierDay> Find(ContactTypeSeries series, Func<int, bool>? excluded = null, int? before = null)
    {
        int days = Math.Min(series.Days, before ?? series.Days);
        var totals = new double[days];
        for (int d = 0; d < days; d++) totals[d] = excluded?.Invoke(d) == true ? double.NaN : series.DailyTotal(d);

        var expected = new double[days];
        var logRatios = new List<double>();
        var logRatio = new double[days];
        for (int d = 0; d < days; d++)
        {
            expected[d] = double.NaN;
            logRatio[d] = double.NaN;
            if (double.IsNaN(totals[d])) continue;
            var neighbours = new List<double>(2 * NeighbourWeeks);
            for (int k = 1; k <= NeighbourWeeks; k++)
            {
                if (d - 7 * k >= 0 && !double.IsNaN(totals[d - 7 * k])) neighbours.Add(totals[d - 7 * k]);
                if (d + 7 * k < days && !double.IsNaN(totals[d + 7 * k])) neighbours.Add(totals[d + 7 * k]);
            }
            if (neighbours.Count < MinimumNeighbours) continue;
            expected[d] = RobustStatistics.Median(neighbours);
            if (expected[d] <= 0) continue;
            // Half a contact keeps the log finite on a day with none.
            logRatio[d] = Math.Log((totals[d] + 0.5) / (expected[d] + 0.5));
            logRatios.Add(logRatio[d]);
        }
        if (logRatios.Count == 0) return [];

        // Per weekday: a quiet Saturday's relative noise is larger than a busy Monday's. A weekday with few days borrows the pooled figures.
        var centre = new double[7];
        var limit = new double[7];
        for (int w = 0; w < 7; w++)
        {
            var own = Enumerable.Range(0, days).Where(d => (int)series.Weekday(d) == w && !double.IsNaN(logRatio[d])).Select(d => logRatio[d]).ToList();
            var basis = own.Count >= MinimumWeekdayDays ? own : logRatios;
            centre[w] = RobustStatistics.Median(basis);
            limit[w] = Math.Max(Threshold * RobustStatistics.Scale(basis), Math.Log(1 + MinimumDeparture));
        }
        var outliers = new List<OutlierDay>();
        for (int d = 0; d < days; d++)
        {
            if (double.IsNaN(expected[d])) continue;
            int w = (int)series.Weekday(d);
            bool outlier = expected[d] <= 0 ? totals[d] >= 1 : Math.Abs(logRatio[d] - centre[w]) > limit[w];
            if (!outlier) continue;
            outliers.Add(new OutlierDay(series.Date(d), series.Id, totals[d], expected[d], expected[d] > 0 ? totals[d] / expected[d] : null));
        }
        return outliers;
    }
}
