using MathNet.Numerics.Distributions;
using Simulator.Core.Randomness;

namespace Simulator.HistoryGenerator;

/// <summary>One generated contact.</summary>
/// <param name="HandleSeconds">NaN for an abandoned contact.</param>
public readonly record struct SampledContact(DateTime Arrival, string ContactType, bool Answered, double WaitSeconds, double HandleSeconds);

/// <summary>One interval of generated history: the contacts of <see cref="HistorySampler.Contacts"/> added up.</summary>
public readonly record struct SampledInterval(DateTime Start, string ContactType, int Offered, int Answered, int Abandoned, double HandleSecondsSum,
    double WaitAnsweredSum)
{
    public double? AhtSeconds => Answered > 0 ? HandleSecondsSum / Answered : null;

    public double? AsaSeconds => Answered > 0 ? WaitAnsweredSum / Answered : null;
}

/// <summary>
/// Draws contacts from a <see cref="KnownTruth"/>: a Poisson count per interval, arrival times uniform
/// within it (so arrivals are a non-homogeneous Poisson process with a piecewise-constant rate), lognormal
/// handle times, and waits that lengthen as the interval gets busier, against exponential patience
/// (this is not a queue simulation: <c>ccsim run</c> is). Each contact type and day draws from its own
/// seeded stream, so a longer history leaves the earlier days as they were.
/// </summary>
public static class HistorySampler
{
    /// <summary>Mean wait in the busiest interval of a day; quieter intervals wait less, with the square of their load.</summary>
    public const double PeakMeanWaitSeconds = 60;
    public const double MeanPatienceSeconds = 180;

    /// <summary>Every open interval of days <paramref name="firstDay"/> up to (not including) <paramref name="endDay"/> (default: all), a holiday's
    /// none.</summary>
    public static IEnumerable<SampledInterval> Intervals(KnownTruth truth, int firstDay = 0, int? endDay = null)
    {
        for (int day = firstDay; day < (endDay ?? truth.Days); day++)
        {
            for (int type = 0; type < truth.Types.Count; type++)
            {
                foreach (var interval in DayIntervals(truth, type, day)) yield return interval;
            }
        }
    }

    /// <summary>Every contact, day by day in order of arrival across the types.</summary>
    public static IEnumerable<SampledContact> Contacts(KnownTruth truth, int firstDay = 0, int? endDay = null)
    {
        var day = new List<SampledContact>();
        for (int d = firstDay; d < (endDay ?? truth.Days); d++)
        {
            day.Clear();
            for (int type = 0; type < truth.Types.Count; type++) Draw(truth, type, d, day.Add);
            day.Sort((a, b) => a.Arrival.CompareTo(b.Arrival));
            foreach (var contact in day) yield return contact;
        }
    }

    private static List<SampledInterval> DayIntervals(KnownTruth truth, int type, int day)
    {
        var sums = new Dictionary<DateTime, SampledInterval>();
        var date = truth.Date(day).ToDateTime(TimeOnly.MinValue);
        bool closed = truth.DayMultiplier(type, truth.Date(day)) == 0;
        for (int s = 0; s < truth.SlotsPerDay && !closed; s++)
        {
            if (truth.IsOpen(date.DayOfWeek, s))
            {
                var start = date + truth.Interval * s;
                sums[start] = new SampledInterval(start, truth.Types[type].Id, 0, 0, 0, 0, 0);
            }
        }
        Draw(truth, type, day, contact =>
        {
            var start = date + truth.Interval * (int)((contact.Arrival - date) / truth.Interval);
            var sum = sums[start];
            sums[start] = contact.Answered
                ? sum with
                {
                    Offered = sum.Offered + 1,
                    Answered = sum.Answered + 1,
                    HandleSecondsSum = sum.HandleSecondsSum + contact.HandleSeconds,
                    WaitAnsweredSum = sum.WaitAnsweredSum + contact.WaitSeconds
                }
                : sum with { Offered = sum.Offered + 1, Abandoned = sum.Abandoned + 1 };
        });
        return [.. sums.Values.OrderBy(i => i.Start)];
    }

    private static void Draw(KnownTruth truth, int type, int day, Action<SampledContact> emit)
    {
        var random = new Xoshiro256StarStar(SplitMix64.Mix((ulong)truth.Seed, (ulong)type + 1, (ulong)truth.Date(day).DayNumber));
        var contactType = truth.Types[type];
        var date = truth.Date(day);
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        double sigma = Math.Sqrt(Math.Log(1 + contactType.HandleTimeCv * contactType.HandleTimeCv));
        var rates = truth.Rates(type, day);
        double peak = rates.Max();
        for (int s = 0; s < truth.SlotsPerDay; s++)
        {
            double rate = rates[s];
            if (rate <= 0) continue;
            int count = Poisson.Sample(random, rate);
            double meanWait = PeakMeanWaitSeconds * (rate / peak) * (rate / peak);
            double meanHandle = truth.MeanHandleSeconds(type, date.DayOfWeek, s);
            double mu = Math.Log(meanHandle) - sigma * sigma / 2;
            for (int i = 0; i < count; i++)
            {
                var arrival = midnight + truth.Interval * s + TimeSpan.FromSeconds(Math.Floor(random.NextUniform() * truth.Interval.TotalSeconds));
                double wait = meanWait * random.NextStandardExponential();
                double patience = MeanPatienceSeconds * random.NextStandardExponential();
                double handle = Math.Exp(mu + sigma * Normal.Sample(random, 0, 1));
                emit(patience < wait
                    ? new SampledContact(arrival, contactType.Id, false, Math.Round(patience, 1), double.NaN)
                    : new SampledContact(arrival, contactType.Id, true, Math.Round(wait, 1), Math.Round(handle, 1)));
            }
        }
    }
}
