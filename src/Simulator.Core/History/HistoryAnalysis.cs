namespace Simulator.Core.History;

/// <summary>What one contact type's history holds, in totals.</summary>
/// <param name="Days">Days with data for this type.</param>
/// <param name="CompleteDays">Days with every normally open interval there.</param>
public sealed record ContactTypeSummary(
    string ContactType,
    DateOnly From,
    DateOnly To,
    int Days,
    int CompleteDays,
    double Offered,
    double? Answered,
    double? Abandoned,
    double? AhtSeconds,
    double? AsaSeconds,
    IReadOnlyList<HistoryGap> Gaps);

/// <summary>The mean offered (and AHT) of one weekday and interval the centre is normally open, over the normal days of the history.</summary>
/// <param name="Days">Normal days the mean is over.</param>
public sealed record ProfileCell(string ContactType, DayOfWeek Weekday, TimeSpan Start, double Offered, double? AhtSeconds, int Days);

/// <summary>A history's summary, weekday × time-of-day profile and outlier days (<c>ccsim history</c>).</summary>
public sealed record HistoryAnalysis(
    ContactHistory History,
    IReadOnlyList<ContactTypeSummary> ContactTypes,
    IReadOnlyList<ProfileCell> Profile,
    IReadOnlyList<OutlierDay> OutlierDays)
{
    public static HistoryAnalysis Of(ContactHistory history)
    {
        var outliers = history.ContactTypes.SelectMany(t => OutlierDetector.Find(t)).ToList();
        var summaries = new List<ContactTypeSummary>();
        var profile = new List<ProfileCell>();
        foreach (var series in history.ContactTypes)
        {
            var outlierDays = outliers.Where(o => o.ContactType == series.Id).Select(o => o.Date).ToHashSet();
            summaries.Add(Summarise(series));
            profile.AddRange(ProfileOf(series, history.Grid, d => series.Status[d] == DayStatus.Complete && !outlierDays.Contains(series.Date(d))));
        }
        return new HistoryAnalysis(history, summaries, profile, outliers);
    }

    /// <summary>The intervals shown for a type: from the first to the last interval any weekday normally has open.</summary>
    public static (int First, int Last) Window(ContactTypeSeries series)
    {
        int first = series.Slots, last = -1;
        foreach (var weekday in series.OpenSlots)
        {
            for (int s = 0; s < series.Slots; s++)
            {
                if (!weekday[s]) continue;
                first = Math.Min(first, s);
                last = Math.Max(last, s);
            }
        }
        return last < 0 ? (0, series.Slots - 1) : (first, last);
    }

    private static ContactTypeSummary Summarise(ContactTypeSeries series)
    {
        static double? Sum(double[]? values) => values is null ? null : values.Where(v => !double.IsNaN(v)).Sum();
        static double? Mean(double[]? values, double[]? weights)
        {
            if (values is null || weights is null) return null;
            double sum = 0, weight = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]) || double.IsNaN(weights[i]) || weights[i] <= 0) continue;
                sum += values[i] * weights[i];
                weight += weights[i];
            }
            return weight > 0 ? sum / weight : null;
        }
        int first = Array.FindIndex(series.Status, s => s != DayStatus.OutOfRange);
        int last = Array.FindLastIndex(series.Status, s => s != DayStatus.OutOfRange);
        return new ContactTypeSummary(
            series.Id,
            series.Date(first),
            series.Date(last),
            series.Status.Count(s => s is DayStatus.Complete or DayStatus.Partial),
            series.Status.Count(s => s == DayStatus.Complete),
            Sum(series.Offered)!.Value,
            Sum(series.Answered),
            Sum(series.Abandoned),
            Mean(series.AhtSeconds, series.AhtWeight),
            Mean(series.AsaSeconds, series.Answered ?? series.Offered),
            series.Gaps);
    }

    private static IEnumerable<ProfileCell> ProfileOf(ContactTypeSeries series, IntervalGrid grid, Func<int, bool> normal)
    {
        var (first, last) = Window(series);
        foreach (var weekday in WeekOrder)
        {
            var days = Enumerable.Range(0, series.Days).Where(d => series.Weekday(d) == weekday && normal(d)).ToList();
            for (int s = first; s <= last; s++)
            {
                if (!series.OpenSlots[(int)weekday][s]) continue;
                double offered = 0, ahtSum = 0, ahtWeight = 0;
                foreach (int d in days)
                {
                    int i = d * series.Slots + s;
                    double value = series.Offered[i];
                    if (!double.IsNaN(value)) offered += value;
                    if (series.AhtSeconds is { } aht && !double.IsNaN(aht[i]) && series.AhtWeight![i] > 0)
                    {
                        ahtSum += aht[i] * series.AhtWeight[i];
                        ahtWeight += series.AhtWeight[i];
                    }
                }
                yield return new ProfileCell(series.Id, weekday, grid.SlotStart(s), days.Count > 0 ? offered / days.Count : 0,
                    ahtWeight > 0 ? ahtSum / ahtWeight : null, days.Count);
            }
        }
    }

    /// <summary>Monday first, as planners read a week (ISO 8601).</summary>
    public static readonly IReadOnlyList<DayOfWeek> WeekOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
