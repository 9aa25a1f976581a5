using Simulator.Core.History;
using Simulator.HistoryGenerator;

namespace Simulator.Core.Tests.History;

/// <summary>A contact log streams into the same intervals as the interval history of the same contacts.</summary>
public class ContactLogReadingTests
{
    private static readonly KnownTruth Truth = KnownTruth.Create(new DateOnly(2024, 3, 4), 10, types: 2, seed: 9, outliersPerYear: 0);

    [Fact]
    public void A_contact_log_adds_up_to_the_interval_history_of_the_same_contacts()
    {
        var fromLog = HistoryText.Read(HistoryText.Contacts(HistorySampler.Contacts(Truth)));
        var fromIntervals = HistoryText.Read(HistoryText.Intervals(HistorySampler.Intervals(Truth)));

        Assert.Equal(HistoryShape.ContactLog, fromLog.Shape);
        Assert.Equal(fromIntervals.Grid, fromLog.Grid);
        Assert.Equal((fromIntervals.From, fromIntervals.To), (fromLog.From, fromLog.To));
        Assert.Equal(["billing", "general"], fromLog.ContactTypes.Select(t => t.Id).Order());
        foreach (var log in fromLog.ContactTypes)
        {
            var intervals = fromIntervals.ContactTypes.Single(t => t.Id == log.Id);
            for (int i = 0; i < log.Offered.Length; i++)
            {
                // The log knows every interval of a day it covers (none came: zero); interval history has rows only for open ones.
                double expected = double.IsNaN(intervals.Offered[i]) && log.Status[i / log.Slots] == DayStatus.Complete ? 0 : intervals.Offered[i];
                Assert.Equal(expected, log.Offered[i]);
                if (intervals.Answered![i] > 0) Assert.Equal(intervals.AhtSeconds![i], log.AhtSeconds![i], 6);
            }
            Assert.Equal(intervals.Abandoned!.Where(v => !double.IsNaN(v)).Sum(), log.Abandoned!.Where(v => !double.IsNaN(v)).Sum());
            Assert.Equal(intervals.Status, log.Status);
        }
    }

    [Fact]
    public void Contacts_are_counted_in_intervals_of_the_length_asked()
    {
        const string log = """
            arrival,outcome,waitSeconds,handleSeconds
            2024-03-04 08:05:00,answered,10,200
            2024-03-04 08:50:00,answered,30,400
            2024-03-04 08:59:59,abandoned,95,
            2024-03-04 09:10:00,answered,0,300
            """;

        var history = HistoryText.Read(log, new HistoryReadOptions(Interval: TimeSpan.FromHours(1)));

        var series = Assert.Single(history.ContactTypes);
        Assert.Equal(3, series.Offered[8]);
        Assert.Equal(2, series.Answered![8]);
        Assert.Equal(1, series.Abandoned![8]);
        Assert.Equal(300, series.AhtSeconds![8]);
        Assert.Equal(20, series.AsaSeconds![8]);
        Assert.Equal(1, series.Offered[9]);
    }

    [Fact]
    public void Contacts_contained_by_a_bot_are_not_offered_and_are_counted_in_a_note()
    {
        const string log = "arrival,outcome,waitSeconds\n2024-03-04 08:05:00,contained,\n2024-03-04 08:06:00,answered,4\n";

        var history = HistoryText.Read(log);

        Assert.Equal(1, history.ContactTypes[0].Offered[16]);
        Assert.Contains(history.Notes, n => n.StartsWith("1 contacts contained by a bot were left out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_with_no_contact_at_all_on_a_weekday_that_has_them_is_a_gap()
    {
        var missing = new DateOnly(2024, 3, 6);
        var contacts = HistorySampler.Contacts(Truth).Where(c => DateOnly.FromDateTime(c.Arrival) != missing);

        var history = HistoryText.Read(HistoryText.Contacts(contacts));

        var general = history.ContactTypes[0];
        Assert.Equal(DayStatus.Missing, general.Status[2]);
        Assert.Contains(general.Gaps, g => DateOnly.FromDateTime(g.From) == missing);
        Assert.Equal(DayStatus.Closed, general.Status[6]);
    }
}
