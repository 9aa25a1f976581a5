namespace Simulator.Core.History;

/// <summary>
/// Turns the sums read from a file into one <see cref="ContactTypeSeries"/> per contact type: finds each
/// weekday's normal opening intervals, marks every day complete, partial, missing or closed, lists the
/// gaps, and (for interval history read at a finer grid than asked) adds intervals together, leaving an
/// interval unknown where part of it is a gap.
/// </summary>
internal static class SeriesBuilder
{
    /// <summary>An interval or weekday counts as normally open when at least this share of its days have it.</summary>
    private const double NormalShare = 0.5;

    public sealed record Columns(bool Answered, bool Abandoned, bool Aht, bool Asa, bool ServiceLevel, bool Agents);

    public static IReadOnlyList<ContactTypeSeries> Build(
        GridAccumulator sums, IntervalGrid grid, HashSet<int>? coveredDays, Columns columns, TimeZoneInfo? timeZone, int factor,
        out DateOnly from, out DateOnly to)
    {
        if (sums.Types.Count == 0 || !sums.Days.Any())
        {
            from = to = default;
            return [];
        }
        int first = sums.Days.Min(d => d.Key.Day), last = sums.Days.Max(d => d.Key.Day);
        from = DateOnly.FromDayNumber(first);
        to = DateOnly.FromDayNumber(last);
        var result = new List<ContactTypeSeries>();
        for (int type = 0; type < sums.Types.Count; type++)
        {
            result.Add(BuildOne(sums, type, grid, coveredDays, columns, timeZone, first, last, factor));
        }
        return result;
    }

    private static ContactTypeSeries BuildOne(GridAccumulator sums, int type, IntervalGrid grid, HashSet<int>? coveredDays, Columns columns,
        TimeZoneInfo? timeZone, int first, int last, int factor)
    {
        int slots = sums.Slots, days = last - first + 1;
        string id = sums.Types[type];
        // A contact log covers a day when any contact of any type arrived on it; then every interval of every type is known (zero or more).
        var cells = new DayCells?[days];
        for (int d = 0; d < days; d++)
        {
            bool has = sums.TryGetDay(type, first + d, out var day);
            if (coveredDays is not null && coveredDays.Contains(first + d))
            {
                day ??= new DayCells(slots);
                Array.Fill(day.Present, true);
                has = true;
            }
            cells[d] = has ? day : null;
        }
        bool HasData(int d) => cells[d] is { } c && (coveredDays is null ? c.Present.Any(p => p) : Total(c, slots) > 0);
        int typeFirst = Enumerable.Range(0, days).First(HasData);
        int typeLast = Enumerable.Range(0, days).Last(HasData);

        var open = OpenSlots(cells, slots, first, typeFirst, typeLast, coveredDays is not null, out var weekdayOpen);
        var status = new DayStatus[days];
        var gapCell = new bool[days * slots];
        for (int d = 0; d < days; d++)
        {
            if (d < typeFirst || d > typeLast)
            {
                status[d] = DayStatus.OutOfRange;
                continue;
            }
            var date = DateOnly.FromDayNumber(first + d);
            int w = (int)date.DayOfWeek;
            bool anyExpected = false, anyMissing = false;
            for (int s = 0; s < slots; s++)
            {
                if (!open[w][s] || !Exists(timeZone, date, grid, s)) continue;
                anyExpected = true;
                if (cells[d]?.Present[s] == true) continue;
                anyMissing = true;
                gapCell[d * slots + s] = true;
            }
            bool anyPresent = cells[d]?.Present.Any(p => p) == true;
            status[d] = anyPresent
                ? anyMissing ? DayStatus.Partial : DayStatus.Complete
                : weekdayOpen[w] && anyExpected ? DayStatus.Missing : DayStatus.Closed;
            if (status[d] == DayStatus.Closed) Array.Clear(gapCell, d * slots, slots);
        }
        var gaps = Gaps(id, gapCell, status, open, slots, first, grid);

        // Interval by interval at the file's grid, then added up to the grid asked for.
        int outSlots = slots / factor;
        double[] Field(CellField field) => Aggregate(cells, gapCell, days, slots, factor, field);
        var offered = Field(CellField.Offered);
        var answered = Field(CellField.Answered);
        var abandoned = Field(CellField.Abandoned);
        var ahtWeight = Field(CellField.AhtWeight);
        var asaWeight = Field(CellField.AsaWeight);
        var levelWeight = Field(CellField.ServiceLevelWeight);
        var agentsWeight = Field(CellField.AgentsWeight);
        var openOut = open.Select(w => Enumerable.Range(0, outSlots).Select(j => Enumerable.Range(j * factor, factor).Any(s => w[s])).ToArray()).ToArray();
        return new ContactTypeSeries
        {
            Id = id,
            From = DateOnly.FromDayNumber(first),
            Days = days,
            Slots = outSlots,
            Offered = offered,
            Answered = columns.Answered ? answered : null,
            Abandoned = columns.Abandoned ? abandoned : null,
            AhtSeconds = columns.Aht ? Ratio(Field(CellField.AhtSum), ahtWeight) : null,
            AhtWeight = columns.Aht ? ahtWeight : null,
            AsaSeconds = columns.Asa ? Ratio(Field(CellField.AsaSum), asaWeight) : null,
            ServiceLevel = columns.ServiceLevel ? Ratio(Field(CellField.ServiceLevelSum), levelWeight) : null,
            Agents = columns.Agents ? Ratio(Field(CellField.AgentsSum), agentsWeight) : null,
            Status = status,
            OpenSlots = openOut,
            Gaps = gaps,
        };
    }

    private static double Total(DayCells cells, int slots)
    {
        double total = 0;
        for (int s = 0; s < slots; s++) total += cells[s, CellField.Offered];
        return total;
    }

    /// <summary>A local time the clocks skip (spring forward) is not an interval anyone could have had.</summary>
    private static bool Exists(TimeZoneInfo? timeZone, DateOnly date, IntervalGrid grid, int slot) =>
        timeZone is null || grid.IsDaily || !timeZone.IsInvalidTime(date.ToDateTime(TimeOnly.MinValue) + grid.SlotStart(slot));

    /// <summary>
    /// Intervals each weekday normally has: present (for a contact log, with contacts) on at least half the
    /// days of that weekday that have any. A weekday is normally open when at least half its dates have data.
    /// </summary>
    private static bool[][] OpenSlots(DayCells?[] cells, int slots, int first, int typeFirst, int typeLast, bool log, out bool[] weekdayOpen)
    {
        var counts = new int[7][];
        var daysWithData = new int[7];
        var dates = new int[7];
        for (int w = 0; w < 7; w++) counts[w] = new int[slots];
        for (int d = typeFirst; d <= typeLast; d++)
        {
            int w = (int)DateOnly.FromDayNumber(first + d).DayOfWeek;
            dates[w]++;
            if (cells[d] is not { } day) continue;
            bool any = false;
            for (int s = 0; s < slots; s++)
            {
                bool has = day.Present[s] && (!log || day[s, CellField.Offered] > 0);
                if (!has) continue;
                counts[w][s]++;
                any = true;
            }
            if (any) daysWithData[w]++;
        }
        weekdayOpen = new bool[7];
        var open = new bool[7][];
        for (int w = 0; w < 7; w++)
        {
            weekdayOpen[w] = daysWithData[w] > 0 && daysWithData[w] >= NormalShare * dates[w];
            open[w] = new bool[slots];
            for (int s = 0; s < slots; s++) open[w][s] = daysWithData[w] > 0 && counts[w][s] >= NormalShare * daysWithData[w];
        }
        return open;
    }

    /// <summary>Runs of missing open intervals, one run continuing across closed hours and days into the next open interval that is missing too.</summary>
    private static List<HistoryGap> Gaps(string id, bool[] gapCell, DayStatus[] status, bool[][] open, int slots, int first, IntervalGrid grid)
    {
        var gaps = new List<HistoryGap>();
        DateTime? runStart = null;
        DateTime runEnd = default;
        int count = 0;
        for (int d = 0; d < status.Length; d++)
        {
            if (status[d] is DayStatus.OutOfRange or DayStatus.Closed) continue;
            var date = DateOnly.FromDayNumber(first + d).ToDateTime(TimeOnly.MinValue);
            int w = (int)date.DayOfWeek;
            for (int s = 0; s < slots; s++)
            {
                if (!open[w][s]) continue;
                if (gapCell[d * slots + s])
                {
                    runStart ??= date + grid.SlotStart(s);
                    runEnd = date + grid.SlotStart(s) + grid.Interval;
                    count++;
                }
                else if (runStart is DateTime start)
                {
                    gaps.Add(new HistoryGap(id, start, runEnd, count));
                    runStart = null;
                    count = 0;
                }
            }
        }
        if (runStart is DateTime last) gaps.Add(new HistoryGap(id, last, runEnd, count));
        return gaps;
    }

    /// <summary>Sums of <paramref name="factor"/> consecutive intervals; NaN where none is present or any is a gap.</summary>
    private static double[] Aggregate(DayCells?[] cells, bool[] gapCell, int days, int slots, int factor, CellField field)
    {
        int outSlots = slots / factor;
        var values = new double[days * outSlots];
        for (int d = 0; d < days; d++)
        {
            for (int j = 0; j < outSlots; j++)
            {
                double sum = 0;
                bool present = false, gap = false;
                for (int s = j * factor; s < (j + 1) * factor; s++)
                {
                    gap |= gapCell[d * slots + s];
                    if (cells[d] is not { } day || !day.Present[s]) continue;
                    present = true;
                    sum += day[s, field];
                }
                values[d * outSlots + j] = present && !gap ? sum : double.NaN;
            }
        }
        return values;
    }

    private static double[] Ratio(double[] sums, double[] weights)
    {
        var ratio = new double[sums.Length];
        for (int i = 0; i < sums.Length; i++) ratio[i] = weights[i] > 0 ? sums[i] / weights[i] : double.NaN;
        return ratio;
    }
}
