using Simulator.Core.Forecasting;

namespace Simulator.HistoryGenerator;

/// <summary>
/// The special days of a known truth, as a planner would list them: holidays the centre is closed
/// (New Year's Day, Good Friday, Easter Monday, 1 May, Christmas and Boxing Day) and days with a known
/// multiplier (Christmas Eve and New Year's Eve quiet, the first working day after Easter and after
/// New Year busy).
/// </summary>
public static class TruthCalendar
{
    public static IReadOnlyList<SpecialDay> SpecialDays(DateOnly from, int days)
    {
        var list = new List<SpecialDay>();
        for (int year = from.Year; year <= from.AddDays(days - 1).Year; year++)
        {
            var easter = EasterSunday(year);
            list.Add(new SpecialDay(new DateOnly(year, 1, 1), "New Year's Day", 0));
            list.Add(new SpecialDay(new DateOnly(year, 1, 2), "First day after New Year", 1.35));
            list.Add(new SpecialDay(easter.AddDays(-2), "Good Friday", 0));
            list.Add(new SpecialDay(easter.AddDays(1), "Easter Monday", 0));
            list.Add(new SpecialDay(easter.AddDays(2), "First day after Easter", 1.3));
            list.Add(new SpecialDay(new DateOnly(year, 5, 1), "Labour Day", 0));
            list.Add(new SpecialDay(new DateOnly(year, 12, 24), "Christmas Eve", 0.5));
            list.Add(new SpecialDay(new DateOnly(year, 12, 25), "Christmas Day", 0));
            list.Add(new SpecialDay(new DateOnly(year, 12, 26), "Boxing Day", 0));
            list.Add(new SpecialDay(new DateOnly(year, 12, 31), "New Year's Eve", 0.6));
        }
        var end = from.AddDays(days);
        return [.. list.Where(d => d.Date >= from && d.Date < end && d.Date.DayOfWeek != DayOfWeek.Sunday).OrderBy(d => d.Date)];
    }

    /// <summary>Gregorian Easter Sunday by the anonymous algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
