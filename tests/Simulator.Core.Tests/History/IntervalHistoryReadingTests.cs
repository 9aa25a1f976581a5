using System.Globalization;
using MiniExcelLibs;
using Simulator.Core.History;
using Simulator.HistoryGenerator;

namespace Simulator.Core.Tests.History;

/// <summary>Interval history: its grid told from the rows, gaps listed and left unknown, intervals added up, XLSX read as CSV is.</summary>
public class IntervalHistoryReadingTests
{
    /// <summary>Two weeks of two generated types, Monday 2024-03-04 on: small, with closed Sundays and short Saturdays.</summary>
    private static readonly Lazy<List<SampledInterval>> TwoWeeks = new(() =>
        [.. HistorySampler.Intervals(KnownTruth.Create(new DateOnly(2024, 3, 4), 14, types: 2, seed: 5, outliersPerYear: 0))]);

    [Fact]
    public void Interval_history_is_read_with_its_grid_types_and_totals()
    {
        var history = HistoryText.Read(HistoryText.Intervals(TwoWeeks.Value));

        Assert.Equal(HistoryShape.IntervalHistory, history.Shape);
        Assert.Equal(TimeSpan.FromMinutes(30), history.Grid.Interval);
        Assert.Equal(new DateOnly(2024, 3, 4), history.From);
        Assert.Equal(new DateOnly(2024, 3, 16), history.To);
        Assert.Equal(["general", "billing"], history.ContactTypes.Select(t => t.Id));
        var general = history.ContactTypes[0];
        Assert.Equal(TwoWeeks.Value.Where(i => i.ContactType == "general").Sum(i => i.Offered), general.Offered.Where(v => !double.IsNaN(v)).Sum());
        var first = TwoWeeks.Value.First(i => i.ContactType == "billing");
        Assert.Equal(first.Offered, HistoryText.Offered(history, "billing", first.Start));
        Assert.Empty(history.Gaps);
        Assert.All(general.Status.Where((_, d) => general.Weekday(d) != DayOfWeek.Sunday), s => Assert.Equal(DayStatus.Complete, s));
        Assert.Equal(DayStatus.Closed, general.Status[6]);
    }

    [Fact]
    public void An_interval_the_centre_is_normally_open_that_has_no_row_is_a_gap_left_unknown()
    {
        var gapStart = new DateTime(2024, 3, 6, 10, 0, 0);
        var rows = TwoWeeks.Value.Where(i => !(i.Start >= gapStart && i.Start < gapStart.AddHours(1)));

        var history = HistoryText.Read(HistoryText.Intervals(rows));

        var gaps = history.Gaps.Where(g => g.ContactType == "general").ToList();
        Assert.Equal([new HistoryGap("general", gapStart, gapStart.AddHours(1), 2)], gaps);
        Assert.True(double.IsNaN(HistoryText.Offered(history, "general", gapStart)));
        Assert.Equal(DayStatus.Partial, history.ContactTypes[0].Status[2]);
        Assert.True(double.IsNaN(history.ContactTypes[0].DailyTotal(2)));
    }

    [Fact]
    public void A_weekday_with_no_rows_is_a_missing_day_but_a_normally_closed_sunday_is_not()
    {
        var missing = new DateOnly(2024, 3, 12);
        var rows = TwoWeeks.Value.Where(i => DateOnly.FromDateTime(i.Start) != missing);

        var history = HistoryText.Read(HistoryText.Intervals(rows));

        var general = history.ContactTypes[0];
        Assert.Equal(DayStatus.Missing, general.Status[missing.DayNumber - general.From.DayNumber]);
        var gap = Assert.Single(general.Gaps);
        Assert.Equal((new DateTime(2024, 3, 12, 8, 0, 0), new DateTime(2024, 3, 12, 20, 0, 0), 24), (gap.From, gap.To, gap.Intervals));
    }

    [Fact]
    public void Intervals_are_added_up_into_a_longer_interval_and_a_half_missing_one_stays_unknown()
    {
        var gap = new DateTime(2024, 3, 5, 9, 30, 0);
        var rows = TwoWeeks.Value.Where(i => i.Start != gap).ToList();

        var history = HistoryText.Read(HistoryText.Intervals(rows), new HistoryReadOptions(Interval: TimeSpan.FromHours(1)));

        Assert.Equal(TimeSpan.FromHours(1), history.Grid.Interval);
        var at = new DateTime(2024, 3, 4, 10, 0, 0);
        double expected = rows.Where(i => i.ContactType == "general" && i.Start >= at && i.Start < at.AddHours(1)).Sum(i => i.Offered);
        Assert.Equal(expected, HistoryText.Offered(history, "general", at));
        Assert.True(double.IsNaN(HistoryText.Offered(history, "general", gap.AddMinutes(-30))));
        Assert.Contains(history.Notes, n => n.Contains("added up into 1h intervals"));
    }

    [Fact]
    public void Handle_time_is_averaged_by_answered_contacts()
    {
        const string text = """
            start,offered,answered,ahtSeconds
            2024-03-04 08:00,10,8,300
            2024-03-04 08:30,10,2,600
            2024-03-04 09:00,0,0,
            """;

        var history = HistoryText.Read(text, new HistoryReadOptions(Interval: TimeSpan.FromHours(1)));

        var series = Assert.Single(history.ContactTypes);
        Assert.Equal(CellReader.DefaultContactType, series.Id);
        Assert.Equal(360, series.AhtSeconds![8]);
        Assert.Equal(10, series.AhtWeight![8]);
        Assert.True(double.IsNaN(series.AhtSeconds[9]));
    }

    [Fact]
    public void Rows_with_dates_alone_are_daily_history()
    {
        const string text = "start,contactType,offered\n2024-03-04,general,2400\n2024-03-05,general,2210\n2024-03-06,general,2198\n";

        var history = HistoryText.Read(text);

        Assert.True(history.Grid.IsDaily);
        Assert.Equal(1, history.ContactTypes[0].Slots);
        Assert.Equal(2210, history.ContactTypes[0].DailyTotal(1));
    }

    [Fact]
    public void Intervals_that_start_at_a_quarter_past_keep_their_grid()
    {
        const string text = "start,offered\n2024-03-04 08:15,5\n2024-03-04 08:45,6\n2024-03-04 09:15,7\n";

        var history = HistoryText.Read(text);

        Assert.Equal(new IntervalGrid(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15)), history.Grid);
        Assert.Equal(6, HistoryText.Offered(history, CellReader.DefaultContactType, new DateTime(2024, 3, 4, 8, 45, 0)));
    }

    [Fact]
    public void A_workbook_reads_as_the_same_history_as_its_csv()
    {
        var rows = TwoWeeks.Value.Take(200).Select(i => new Dictionary<string, object?>
        {
            ["start"] = i.Start, ["contactType"] = i.ContactType, ["offered"] = i.Offered, ["answered"] = i.Answered,
            ["ahtSeconds"] = i.AhtSeconds is double aht ? Math.Round(aht, 1) : null,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        string csv = "start,contactType,offered,answered,ahtSeconds\n" + string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r["start"]:yyyy-MM-dd HH:mm},{r["contactType"]},{r["offered"]},{r["answered"]},{r["ahtSeconds"]}\n")));

        var fromWorkbook = HistoryReader.Read(stream, "history.xlsx", new HistoryReadOptions());
        var fromCsv = HistoryText.Read(csv);

        Assert.Equal(fromCsv.Grid, fromWorkbook.Grid);
        Assert.Equal((fromCsv.From, fromCsv.To), (fromWorkbook.From, fromWorkbook.To));
        Assert.Equal(fromCsv.ContactTypes[0].Offered, fromWorkbook.ContactTypes[0].Offered);
        Assert.Equal(fromCsv.ContactTypes[1].Answered, fromWorkbook.ContactTypes[1].Answered);
        Assert.Equal(fromCsv.ContactTypes[0].AhtSeconds, fromWorkbook.ContactTypes[0].AhtSeconds);
    }

    [Fact]
    public void A_workbook_with_dates_at_midnight_is_daily_history()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Enumerable.Range(0, 10).Select(d => new Dictionary<string, object?>
        {
            ["start"] = new DateTime(2024, 3, 4).AddDays(d),
            ["offered"] = 100 + d
        }));
        stream.Position = 0;

        var history = HistoryReader.Read(stream, "daily.xlsx", new HistoryReadOptions());

        Assert.True(history.Grid.IsDaily);
        Assert.Equal(109, history.ContactTypes[0].DailyTotal(9));
    }

    [Fact]
    public void Columns_the_reader_does_not_use_are_named_in_a_note()
    {
        var history = HistoryText.Read("start,offered,region\n2024-03-04 08:00,5,north\n2024-03-04 08:30,6,north\n");

        Assert.Contains("Columns not used: region.", history.Notes);
    }

    [Fact]
    public void Every_interval_of_a_day_counts_once_whatever_the_order_of_rows()
    {
        var shuffled = TwoWeeks.Value.OrderBy(i => i.Start.Ticks * 7919 % 104729).ToList();

        var history = HistoryText.Read(HistoryText.Intervals(shuffled));

        Assert.Equal(HistoryText.Read(HistoryText.Intervals(TwoWeeks.Value)).ContactTypes[1].Offered, history.ContactTypes[1].Offered);
    }
}
