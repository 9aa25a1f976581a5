using System.Globalization;
using System.Text;

namespace Simulator.HistoryGenerator;

/// <summary>
/// Writes generated history in the shapes <c>ccsim history</c> and <c>ccsim forecast</c> read, and the
/// truth beside it: interval history (a row per open interval; closed days have no rows), a contact
/// log, the true rates, the special days a planner would know, and the outliers the planner does not.
/// </summary>
public static class HistoryFiles
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteIntervals(TextWriter output, KnownTruth truth, int firstDay = 0, int? endDay = null)
    {
        output.WriteLine("start,contactType,offered,answered,abandoned,ahtSeconds,asaSeconds");
        foreach (var i in HistorySampler.Intervals(truth, firstDay, endDay))
        {
            output.WriteLine(string.Create(Invariant,
                $"{i.Start:yyyy-MM-dd HH:mm},{i.ContactType},{i.Offered},{i.Answered},{i.Abandoned},{Number(i.AhtSeconds)},{Number(i.AsaSeconds)}"));
        }
    }

    public static void WriteContacts(TextWriter output, KnownTruth truth, int firstDay = 0, int? endDay = null)
    {
        output.WriteLine("arrival,contactType,outcome,waitSeconds,handleSeconds");
        var line = new StringBuilder();
        foreach (var c in HistorySampler.Contacts(truth, firstDay, endDay))
        {
            line.Clear();
            line.Append(Invariant, $"{c.Arrival:yyyy-MM-dd HH:mm:ss},{c.ContactType},{(c.Answered ? "answered" : "abandoned")},{c.WaitSeconds:0.#},");
            if (c.Answered) line.Append(Invariant, $"{c.HandleSeconds:0.#}");
            output.WriteLine(line);
        }
    }

    /// <summary>Expected contacts and mean handle time per open interval: what the oracle forecast knows.</summary>
    public static void WriteTruth(TextWriter output, KnownTruth truth)
    {
        output.WriteLine("start,contactType,rate,meanHandleSeconds");
        for (int day = 0; day < truth.Days; day++)
        {
            var date = truth.Date(day);
            for (int type = 0; type < truth.Types.Count; type++)
            {
                for (int s = 0; s < truth.SlotsPerDay; s++)
                {
                    if (!truth.IsOpen(date.DayOfWeek, s)) continue;
                    var start = date.ToDateTime(TimeOnly.MinValue) + truth.Interval * s;
                    output.WriteLine(string.Create(Invariant,
                        $"{start:yyyy-MM-dd HH:mm},{truth.Types[type].Id},{truth.Rate(type, day, s):0.####},{truth.MeanHandleSeconds(type,
                            date.DayOfWeek, s):0.#}"));
                }
            }
        }
    }

    /// <summary>The special-days file <c>ccsim forecast --special-days</c> reads.</summary>
    public static void WriteSpecialDays(TextWriter output, KnownTruth truth)
    {
        output.WriteLine("date,label,effect,contactType");
        foreach (var day in truth.SpecialDays)
        {
            output.WriteLine(string.Create(Invariant,
                $"{day.Date:yyyy-MM-dd},{day.Label},{(day.Closed ? "closed" : day.Multiplier.ToString("0.###", Invariant))},{day.ContactType}"));
        }
    }

    public static void WriteOutliers(TextWriter output, KnownTruth truth)
    {
        output.WriteLine("date,contactType,multiplier");
        foreach (var outlier in truth.Outliers)
        {
            output.WriteLine(string.Create(Invariant, $"{outlier.Date:yyyy-MM-dd},{outlier.ContactType},{outlier.Multiplier:0.###}"));
        }
    }

    private static string Number(double? value) => value is double v ? v.ToString("0.#", Invariant) : "";
}
