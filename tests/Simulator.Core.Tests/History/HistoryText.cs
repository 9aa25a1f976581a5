using System.Globalization;
using System.Text;
using Simulator.Core.History;
using Simulator.HistoryGenerator;

namespace Simulator.Core.Tests.History;

/// <summary>History files written in tests, read from memory.</summary>
internal static class HistoryText
{
    public static ContactHistory Read(string text, HistoryReadOptions? options = null, string file = "history.csv") =>
        HistoryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), file, options ?? new HistoryReadOptions());

    public static HistoryException Refused(string text, HistoryReadOptions? options = null) =>
        Assert.Throws<HistoryException>(() => Read(text, options));

    /// <summary>Generated intervals as interval history CSV.</summary>
    public static string Intervals(IEnumerable<SampledInterval> intervals)
    {
        var text = new StringBuilder("start,contactType,offered,answered,abandoned,ahtSeconds\n");
        foreach (var i in intervals)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i.Start:yyyy-MM-dd HH:mm},{i.ContactType},{i.Offered},{i.Answered},{i.Abandoned},{i.AhtSeconds}\n");
        }
        return text.ToString();
    }

    /// <summary>Generated contacts as a contact log CSV.</summary>
    public static string Contacts(IEnumerable<SampledContact> contacts)
    {
        var text = new StringBuilder("arrival,contactType,outcome,waitSeconds,handleSeconds\n");
        foreach (var c in contacts)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{c.Arrival:yyyy-MM-dd HH:mm:ss},{c.ContactType},{(c.Answered ? "answered" : "abandoned")},{c.WaitSeconds},{(c.Answered ?
                    c.HandleSeconds : "")}\n");
        }
        return text.ToString();
    }

    /// <summary>Offered of a type at a local time, or NaN where the history has no value.</summary>
    public static double Offered(ContactHistory history, string type, DateTime start)
    {
        var series = history.ContactTypes.Single(t => t.Id == type);
        int day = DateOnly.FromDateTime(start).DayNumber - series.From.DayNumber;
        int slot = (int)((start.TimeOfDay - history.Grid.Offset) / history.Grid.Interval);
        return series.OfferedAt(day, slot);
    }
}
