namespace Simulator.Core.Calibration;

/// <summary>
/// Agents available to take contacts per interval, measured from a contact log's agent ids rather than fitted: each
/// agent's busy time, plus the idle gaps between its contacts during which no contact was waiting. A centre that
/// answers the longest-waiting contact as soon as an agent is free leaves no agent idle while a queue exists, so an
/// idle stretch with contacts waiting is time the agent was not available (a break, other work, logged out), while an
/// idle stretch with an empty queue is an agent waiting for the next contact, unless it lasts longer than
/// <see cref="ObservedAvailabilityOptions.MaximumIdleGapSeconds"/>. Busy time is known to the second; what the log
/// cannot see is an agent idle before its first contact or after its last with no queue, so the measure leans low
/// where the queue is often empty. A count of agents, not a fit: it carries no sampling noise of abandons or ASA.
/// </summary>
public static class AvailableAgents
{
    /// <summary>Seconds in a day, for laying times of the history on its days.</summary>
    private const double DaySeconds = 86_400;

    /// <param name="work">Handled contacts by agent, times in seconds from midnight of the history's first day.</param>
    /// <param name="waiting">Each queued contact's wait, [arrival, answer or abandon), on the same clock.</param>
    /// <param name="openFrom">When each day's opening hours start, in seconds from midnight.</param>
    /// <param name="openTo">When they end.</param>
    /// <param name="intervalSeconds">Length of an interval; intervals are day-major, <c>(openTo − openFrom) / intervalSeconds</c> a day.</param>
    /// <returns>Mean available agents per interval, for <paramref name="days"/> days of opening hours.</returns>
    public static double[] Measure(IReadOnlyList<AgentWork> work, IReadOnlyList<(double From, double To)> waiting, double openFrom, double openTo,
        double intervalSeconds, int days, ObservedAvailabilityOptions? options = null)
    {
        options ??= ObservedAvailabilityOptions.Default;
        int perDay = (int)Math.Round((openTo - openFrom) / intervalSeconds);
        var seconds = new double[days * perDay];
        var queue = Merge(waiting);
        foreach (var spans in work.GroupBy(w => w.AgentId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var stretches = Merge(spans.Select(w => (w.StartSeconds, w.StartSeconds + w.HandleSeconds)));
            for (int s = 0; s < stretches.Count; s++)
            {
                Spread(stretches[s].From, stretches[s].To);
                if (s + 1 == stretches.Count) continue;
                double gapFrom = stretches[s].To, gapTo = stretches[s + 1].From;
                if (gapTo - gapFrom > options.MaximumIdleGapSeconds) continue;
                foreach (var (from, to) in Uncovered(queue, gapFrom, gapTo)) Spread(from, to);
            }
        }
        for (int i = 0; i < seconds.Length; i++) seconds[i] /= intervalSeconds;
        return seconds;

        void Spread(double from, double to)
        {
            for (int day = Math.Max(0, (int)Math.Floor(from / DaySeconds)); day < days && day * DaySeconds < to; day++)
            {
                double dayFrom = day * DaySeconds + openFrom;
                double a = Math.Max(from, dayFrom), b = Math.Min(to, day * DaySeconds + openTo);
                if (b <= a) continue;
                int first = Math.Clamp((int)Math.Floor((a - dayFrom) / intervalSeconds), 0, perDay - 1);
                int last = Math.Clamp((int)Math.Floor((b - dayFrom) / intervalSeconds), 0, perDay - 1);
                for (int k = first; k <= last; k++)
                {
                    double overlap = Math.Min(b, dayFrom + (k + 1) * intervalSeconds) - Math.Max(a, dayFrom + k * intervalSeconds);
                    if (overlap > 0) seconds[day * perDay + k] += overlap;
                }
            }
        }
    }

    /// <summary>Spans sorted and merged where they overlap or touch.</summary>
    private static List<(double From, double To)> Merge(IEnumerable<(double From, double To)> spans)
    {
        var merged = new List<(double From, double To)>();
        foreach (var (from, to) in spans.Where(s => s.To > s.From).OrderBy(s => s.From))
        {
            if (merged.Count > 0 && from <= merged[^1].To) merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, to));
            else merged.Add((from, to));
        }
        return merged;
    }

    /// <summary>The parts of [from, to) that no span of <paramref name="merged"/> (sorted, disjoint) covers.</summary>
    private static IEnumerable<(double From, double To)> Uncovered(List<(double From, double To)> merged, double from, double to)
    {
        // The first span that ends after `from`.
        int low = 0, high = merged.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (merged[middle].To <= from) low = middle + 1;
            else high = middle;
        }
        double at = from;
        for (int i = low; i < merged.Count && merged[i].From < to; i++)
        {
            if (merged[i].From > at) yield return (at, merged[i].From);
            at = Math.Max(at, merged[i].To);
        }
        if (at < to) yield return (at, to);
    }
}
