namespace Simulator.Core.Calibration;

/// <summary>
/// Durations grouped by distinct value, with how many ended in the event of interest (an abandon, a
/// return) and how many were censored there. Logs record seconds, so a month of waits has a few
/// thousand distinct values: every likelihood and the Kaplan–Meier curve then cost that, not the rows.
/// </summary>
internal sealed class TimeCounts
{
    private TimeCounts(double[] times, double[] events, double[] censored, double entrySeconds = 0)
    {
        EntrySeconds = entrySeconds;
        Times = times;
        Events = events;
        Censored = censored;
        TotalEvents = events.Sum();
        TotalCensored = censored.Sum();
    }

    /// <summary>
    /// When every duration entered observation (delayed entry, or left truncation: Klein &amp; Moeschberger
    /// 2003, §3.4): the likelihood is conditional on lasting past it. Every time is above it.
    /// </summary>
    public double EntrySeconds { get; }

    /// <summary>Distinct durations, ascending.</summary>
    public double[] Times { get; }

    /// <summary>Weight of events at each time (a count, or a count scaled by a caller's weight).</summary>
    public double[] Events { get; }

    public double[] Censored { get; }

    public double TotalEvents { get; }

    public double TotalCensored { get; }

    public int Count => Times.Length;

    public static TimeCounts From(ReadOnlySpan<double> times, ReadOnlySpan<bool> isEvent)
    {
        if (times.Length != isEvent.Length) throw new ArgumentException("Each duration needs its event flag.", nameof(isEvent));
        var order = new (double Time, bool IsEvent)[times.Length];
        for (int i = 0; i < times.Length; i++) order[i] = (times[i], isEvent[i]);
        Array.Sort(order, (a, b) => a.Time.CompareTo(b.Time));

        var distinct = new List<double>();
        var events = new List<double>();
        var censored = new List<double>();
        foreach (var (time, happened) in order)
        {
            if (distinct.Count == 0 || distinct[^1] != time)
            {
                distinct.Add(time);
                events.Add(0);
                censored.Add(0);
            }
            if (happened) events[^1] += 1; else censored[^1] += 1;
        }
        return new TimeCounts([.. distinct], [.. events], [.. censored]);
    }

    /// <summary>The same durations seen only from <paramref name="entrySeconds"/> on; durations at or before it are dropped.</summary>
    public TimeCounts EnteringAt(double entrySeconds)
    {
        int first = 0;
        while (first < Times.Length && Times[first] <= entrySeconds) first++;
        return new TimeCounts(Times[first..], Events[first..], Censored[first..], entrySeconds);
    }

    /// <summary>A complete sample: every duration observed.</summary>
    public static TimeCounts Complete(ReadOnlySpan<double> times)
    {
        var flags = new bool[times.Length];
        Array.Fill(flags, true);
        return From(times, flags);
    }

    /// <summary>Σ weight·g(t) over observed events.</summary>
    public double SumOverEvents(Func<double, double> g)
    {
        double sum = 0;
        for (int i = 0; i < Times.Length; i++) if (Events[i] > 0) sum += Events[i] * g(Times[i]);
        return sum;
    }

    /// <summary>Σ weight·g(t) over every duration, observed or censored.</summary>
    public double SumOverAll(Func<double, double> g)
    {
        double sum = 0;
        for (int i = 0; i < Times.Length; i++) sum += (Events[i] + Censored[i]) * g(Times[i]);
        return sum;
    }
}
