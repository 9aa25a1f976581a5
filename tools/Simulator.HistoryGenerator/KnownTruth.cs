using Simulator.Core.Forecasting;
using Simulator.Core.Randomness;

namespace Simulator.HistoryGenerator;

/// <summary>
/// A contact centre whose arrival rates are known exactly: a non-homogeneous Poisson process, constant
/// within each interval, with expected contacts
/// <c>daily volume × weekday factor × (1 + growth · years) × (1 + season · sin(2π (day of year − 80) / 365.25))
/// × special-day multiplier × outlier multiplier × time-of-day share</c>. The time-of-day share is a morning
/// and an afternoon peak over the day's opening hours (stronger mornings on Monday, a weaker Friday
/// afternoon); handle times are lognormal, their mean rising through the day. Forecasts are judged
/// against <see cref="Rate"/>: the oracle that knows it.
/// </summary>
public sealed record KnownTruth(DateOnly From, int Days, TimeSpan Interval, IReadOnlyList<ContactTypeTruth> Types, long Seed)
{
    /// <summary>Weekday volume against Monday, Sunday first (<see cref="DayOfWeek"/> order); Sunday closed.</summary>
    public static readonly double[] WeekdayFactor = [0, 1.00, 0.93, 0.90, 0.91, 0.95, 0.42];

    /// <summary>Opening hours per weekday, Sunday first.</summary>
    public static readonly (double Open, double Close)[] OpeningHours = [(0, 0), (8, 20), (8, 20), (8, 20), (8, 20), (8, 20), (9, 14)];

    public static readonly IReadOnlyList<ContactTypeTruth> DefaultTypes =
    [
        new("general", 2400, 10.5, 300, 0.9),
        new("billing", 900, 11.0, 420, 0.7),
        new("claims", 500, 9.5, 540, 0.6),
    ];

    /// <summary>Yearly growth of volume, linear: 0.08 is +8 % a year.</summary>
    public double AnnualGrowth { get; init; } = 0.08;

    /// <summary>Amplitude of the yearly season: busiest in late June, quietest in late December.</summary>
    public double AnnualSeason { get; init; } = 0.05;

    /// <summary>Mean handle time at closing against opening.</summary>
    public double EveningAhtRise { get; init; } = 0.15;

    /// <summary>Holidays and known unusual days: what a planner's special-days file lists.</summary>
    public IReadOnlyList<SpecialDay> SpecialDays { get; init; } = [];

    /// <summary>Abnormal days the planner does not know about.</summary>
    public IReadOnlyList<InjectedOutlier> Outliers { get; init; } = [];

    public int SlotsPerDay => (int)(TimeSpan.FromDays(1) / Interval);

    public DateOnly Date(int day) => From.AddDays(day);

    /// <summary>The default truth: the first <paramref name="types"/> default types, the calendar's special days and, before <paramref name="outliersUntil"/>,
    /// <paramref name="outliersPerYear"/> injected outlier days a year.</summary>
    public static KnownTruth Create(DateOnly from, int days, int types = 2, long seed = 1, int outliersPerYear = 8, DateOnly? outliersUntil = null,
        TimeSpan? interval = null, double volumeScale = 1)
    {
        var chosen = DefaultTypes.Take(types).Select(t => t with { DailyVolume = t.DailyVolume * volumeScale }).ToList();
        var truth = new KnownTruth(from, days, interval ?? TimeSpan.FromMinutes(30), chosen, seed) { SpecialDays = TruthCalendar.SpecialDays(from, days) };
        return truth with { Outliers = InjectOutliers(truth, outliersPerYear, outliersUntil ?? from.AddDays(days)) };
    }

    private static List<InjectedOutlier> InjectOutliers(KnownTruth truth, int perYear, DateOnly until)
    {
        var random = new Xoshiro256StarStar(SplitMix64.Mix((ulong)truth.Seed, 0x07171E2UL));
        double[] multipliers = [0.35, 0.55, 1.5, 1.9];
        int span = Math.Max(0, until.DayNumber - truth.From.DayNumber);
        int count = (int)Math.Round(perYear * span / 365.0);
        var outliers = new List<InjectedOutlier>();
        var special = truth.SpecialDays.Select(d => d.Date).ToHashSet();
        for (int tries = 0; outliers.Count < count && tries < 100 * (count + 1); tries++)
        {
            var date = truth.From.AddDays(random.Next(span));
            if (WeekdayFactor[(int)date.DayOfWeek] == 0 || special.Contains(date)
                || outliers.Any(o => Math.Abs(o.Date.DayNumber - date.DayNumber) < 3)) continue;
            string? type = random.NextUniform() < 0.5 ? truth.Types[random.Next(truth.Types.Count)].Id : null;
            outliers.Add(new InjectedOutlier(date, type, multipliers[random.Next(multipliers.Length)]));
        }
        return [.. outliers.OrderBy(o => o.Date)];
    }

    /// <summary>Expected contacts of a normal day of this weekday and date, before special days and outliers.</summary>
    public double NormalDailyVolume(int type, DateOnly date)
    {
        double years = (date.DayNumber - From.DayNumber) / 365.25;
        double season = 1 + AnnualSeason * Math.Sin(2 * Math.PI * (date.DayOfYear - 80) / 365.25);
        return Types[type].DailyVolume * WeekdayFactor[(int)date.DayOfWeek] * (1 + AnnualGrowth * years) * season;
    }

    /// <summary>The multiplier of special days and outliers on this date for this type (0 when closed).</summary>
    public double DayMultiplier(int type, DateOnly date)
    {
        double multiplier = 1;
        foreach (var day in SpecialDays) if (day.Date == date && day.AppliesTo(Types[type].Id)) multiplier *= day.Multiplier;
        foreach (var outlier in Outliers) if (outlier.Date == date
            && (outlier.ContactType is null || outlier.ContactType == Types[type].Id)) multiplier *= outlier.Multiplier;
        return multiplier;
    }

    /// <summary>Expected contacts of a type in an interval: the truth an oracle forecast knows.</summary>
    public double Rate(int type, int day, int slot)
    {
        var date = Date(day);
        return NormalDailyVolume(type, date) * DayMultiplier(type, date) * Share(type, date.DayOfWeek, slot);
    }

    /// <summary><see cref="Rate"/> for every interval of a day, the day's factors worked out once.</summary>
    public double[] Rates(int type, int day)
    {
        var date = Date(day);
        double volume = NormalDailyVolume(type, date) * DayMultiplier(type, date);
        var shares = Shares(type, date.DayOfWeek);
        return [.. shares.Select(share => volume * share)];
    }

    public bool IsOpen(DayOfWeek weekday, int slot)
    {
        var (open, close) = OpeningHours[(int)weekday];
        double hour = (slot + 0.5) * Interval.TotalHours;
        return hour > open && hour < close;
    }

    /// <summary>Share of the day's contacts in an interval: two peaks over the opening hours, normalised to one.</summary>
    public double Share(int type, DayOfWeek weekday, int slot) => Shares(type, weekday)[slot];

    private double[] Shares(int type, DayOfWeek weekday)
    {
        var intensity = Enumerable.Range(0, SlotsPerDay).Select(s => IsOpen(weekday, s) ? Intensity(type, weekday, s) : 0).ToArray();
        double total = intensity.Sum();
        return [.. intensity.Select(i => total > 0 ? i / total : 0)];
    }

    private double Intensity(int type, DayOfWeek weekday, int slot)
    {
        double hour = (slot + 0.5) * Interval.TotalHours;
        double morning = Types[type].MorningPeakHour, afternoon = morning + 4;
        double morningWeight = weekday == DayOfWeek.Monday ? 1.3 : 1.0;
        double afternoonWeight = weekday == DayOfWeek.Friday ? 0.6 : weekday == DayOfWeek.Saturday ? 0.3 : 0.75;
        static double Bump(double x, double centre, double width) => Math.Exp(-0.5 * ((x - centre) / width) * ((x - centre) / width));
        return 0.35 + morningWeight * Bump(hour, morning, 1.4) + afternoonWeight * Bump(hour, afternoon, 1.8);
    }

    /// <summary>Mean handle time of a contact arriving in an interval: the type's AHT rising linearly from opening to closing.</summary>
    public double MeanHandleSeconds(int type, DayOfWeek weekday, int slot)
    {
        var (open, close) = OpeningHours[(int)weekday];
        double hour = (slot + 0.5) * Interval.TotalHours;
        double position = close > open ? Math.Clamp((hour - open) / (close - open), 0, 1) : 0;
        return Types[type].AhtSeconds * (1 + EveningAhtRise * position);
    }
}
