using Simulator.Core.History;

namespace Simulator.Core.Tests.History;

/// <summary>Local times on the centre's clock: offsets converted, clock changes neither guessed nor counted as gaps.</summary>
public class TimeZoneTests
{
    private static readonly TimeZoneInfo London = HistoryReadOptions.FindTimeZone("Europe/London", "--time-zone");

    [Fact]
    public void Times_with_a_utc_offset_are_put_on_the_centres_local_clock()
    {
        const string log = "arrival,outcome,waitSeconds\n2024-01-15T08:10:00Z,answered,5\n2024-07-15T07:10:00Z,answered,5\n" +
            "2024-07-15T09:10:00+02:00,answered,5\n";

        var history = HistoryText.Read(log, new HistoryReadOptions(TimeZone: London));

        var series = history.ContactTypes[0];
        Assert.Equal(1, series.OfferedAt(0, 16));
        Assert.Equal(2, series.OfferedAt(new DateOnly(2024, 7, 15).DayNumber - series.From.DayNumber, 16));
    }

    [Fact]
    public void In_the_hour_the_clocks_go_back_both_rows_of_a_repeated_time_are_added_with_a_note()
    {
        const string text = "start,offered\n2024-10-27 00:30,3\n2024-10-27 01:00,4\n2024-10-27 01:00,5\n2024-10-27 01:30,6\n2024-10-27 01:30,7\n2024-10-27 " +
            "02:00,8\n";

        var history = HistoryText.Read(text, new HistoryReadOptions(TimeZone: London));

        Assert.Equal(9, history.ContactTypes[0].OfferedAt(0, 2));
        Assert.Equal(13, history.ContactTypes[0].OfferedAt(0, 3));
        Assert.Contains(history.Notes, n => n.Contains("clocks went back on 2024-10-27"));
    }

    [Fact]
    public void Without_a_time_zone_a_repeated_time_is_a_duplicate()
    {
        var error = HistoryText.Refused("start,offered\n2024-10-27 00:30,3\n2024-10-27 01:00,4\n2024-10-27 01:00,5\n");

        Assert.Equal(4, error.Row);
        Assert.Contains("a second row for all at 2024-10-27 01:00 (the first is row 3)", error.Message);
    }

    [Fact]
    public void A_local_time_the_clocks_skip_is_refused()
    {
        var error = HistoryText.Refused("start,offered\n2024-03-31 00:30,3\n2024-03-31 01:30,4\n", new HistoryReadOptions(TimeZone: London));

        Assert.Equal((3L, "start"), (error.Row, error.Column));
        Assert.Contains("2024-03-31 01:30 does not exist in Europe/London: the clocks went forward over it", error.Message);
    }

    [Fact]
    public void The_hour_the_clocks_skip_is_not_a_gap_in_a_round_the_clock_centre()
    {
        var rows = new List<string> { "start,offered" };
        for (var day = new DateTime(2024, 3, 25); day < new DateTime(2024, 4, 8); day = day.AddDays(1))
        {
            for (int slot = 0; slot < 48; slot++)
            {
                var start = day.AddMinutes(30 * slot);
                if (!London.IsInvalidTime(start)) rows.Add($"{start:yyyy-MM-dd HH:mm},10");
            }
        }

        var history = HistoryText.Read(string.Join('\n', rows), new HistoryReadOptions(TimeZone: London));

        Assert.Empty(history.Gaps);
        Assert.All(history.ContactTypes[0].Status, s => Assert.Equal(DayStatus.Complete, s));
    }
}
