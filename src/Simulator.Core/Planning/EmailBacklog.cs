using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Planning;

/// <summary>
/// Email planned as a backlog rather than a queue per interval: nobody hangs up, and an email answered
/// within its answer time (hours, nights included) is on time whenever in that window an agent takes it.
/// Requirement: each interval's work (volume × AHT) is spread evenly over the open time of its answer
/// window, from the interval's start to start + answer time (the horizon's end at most), and each
/// interval staffs the work spread onto it (under the occupancy cap). Performance: a fluid first-in,
/// first-out backlog worked at the agents' capacity, in steps of at most a minute, with closed hours
/// counting as waiting time; an email is answered when the work ahead of it and half its own is done,
/// and is on time if that falls within its answer time (an email still waiting when the horizon ends
/// is late). Occupancy is work done / capacity.
/// </summary>
internal sealed class EmailBacklog
{
    private static readonly TimeSpan LongestStep = TimeSpan.FromMinutes(1);

    private readonly Horizon _horizon;
    private readonly double[] _volume;
    private readonly double _handleSeconds;
    private readonly double _answerWithinSeconds;
    private readonly QueueModelKind _kind;

    public EmailBacklog(Horizon horizon, double[] volume, TimeSpan averageHandleTime, TimeSpan answerWithin, QueueModelKind kind)
    {
        _horizon = horizon;
        _volume = volume;
        _handleSeconds = averageHandleTime.TotalSeconds;
        _answerWithinSeconds = answerWithin.TotalSeconds;
        _kind = kind;
    }

    private double IntervalSeconds => _horizon.Interval.TotalSeconds;

    /// <summary>Clock seconds from the first opening to the start of an interval (nights included).</summary>
    private double StartOf(int interval) =>
        interval / _horizon.IntervalsPerDay * 86_400.0 + interval % _horizon.IntervalsPerDay * IntervalSeconds;

    /// <summary>Agents each interval needs so that every interval's work is done within its answer window.</summary>
    public int[] RequiredAgents(double? maxOccupancy)
    {
        int intervals = _volume.Length;
        var work = new double[intervals];
        for (int i = 0; i < intervals; i++)
        {
            double load = _volume[i] * _handleSeconds;
            if (load <= 0) continue;
            double windowEnd = StartOf(i) + Math.Max(_answerWithinSeconds, 0);
            int last = i;
            double open = 0;
            // Only open intervals can work the backlog: an answer window that runs over a closed day or the night
            // spreads its work over the open time inside it, never onto hours nobody is on duty.
            for (int j = i; j < intervals && StartOf(j) < windowEnd; j++)
            {
                if (!_horizon.IsOpen(j)) continue;
                open += Overlap(j, StartOf(i), windowEnd);
                last = j;
            }
            if (open <= 0)
            {
                work[i] += load;
                continue;
            }
            for (int j = i; j <= last; j++)
            {
                if (_horizon.IsOpen(j)) work[j] += load * Overlap(j, StartOf(i), windowEnd) / open;
            }
        }
        double usable = IntervalSeconds * (maxOccupancy ?? 1);
        return [.. work.Select(w => w <= 0 ? 0 : (int)Math.Ceiling(w / usable - 1e-9))];
    }

    private double Overlap(int interval, double from, double to) =>
        Math.Max(0, Math.Min(StartOf(interval) + IntervalSeconds, to) - Math.Max(StartOf(interval), from));

    /// <summary>How the backlog fares, interval by interval, with <paramref name="agents"/> agents (fractions are capacity) working it.</summary>
    public QueuePerformance[] Evaluate(IReadOnlyList<double> agents)
    {
        int intervals = _volume.Length;
        int steps = Math.Max(1, (int)Math.Ceiling(IntervalSeconds / LongestStep.TotalSeconds - 1e-9));
        double step = IntervalSeconds / steps;
        var backlog = new Queue<Cohort>();
        var onTime = new double[intervals];
        var waitSum = new double[intervals];
        var answered = new double[intervals];
        var waited = new double[intervals];
        var done = new double[intervals];

        for (int i = 0; i < intervals; i++)
        {
            double arriving = _volume[i] / steps;
            double capacity = Math.Max(0, agents[i]) * step;
            for (int s = 0; s < steps; s++)
            {
                double from = StartOf(i) + s * step;
                if (arriving > 0)
                {
                    if (backlog.Count > 0) waited[i] += arriving;
                    backlog.Enqueue(new Cohort(i, from + step / 2, arriving * _handleSeconds));
                }
                double left = capacity;
                while (left > 0 && backlog.Count > 0)
                {
                    var cohort = backlog.Peek();
                    double half = cohort.Work / 2;
                    double before = cohort.Work - cohort.Remaining;
                    double taken = Math.Min(left, cohort.Remaining);
                    if (before < half && before + taken >= half)
                    {
                        // Half its work done at this point of the step: its emails' typical answer.
                        double at = from + (capacity - left + (half - before)) / capacity * step;
                        double wait = Math.Max(0, at - cohort.Arrival);
                        double count = cohort.Work / _handleSeconds;
                        answered[cohort.Interval] += count;
                        waitSum[cohort.Interval] += count * wait;
                        if (wait <= _answerWithinSeconds) onTime[cohort.Interval] += count;
                    }
                    cohort.Remaining -= taken;
                    left -= taken;
                    done[i] += taken;
                    if (cohort.Remaining <= 1e-9 * cohort.Work) backlog.Dequeue();
                }
            }
        }

        var performance = new QueuePerformance[intervals];
        for (int i = 0; i < intervals; i++)
        {
            double volume = _volume[i];
            double capacity = Math.Max(0, agents[i]) * IntervalSeconds;
            performance[i] = new QueuePerformance(
                _kind,
                (int)Math.Round(Math.Max(0, agents[i])),
                volume * _handleSeconds / IntervalSeconds,
                volume > 0 ? Math.Clamp(waited[i] / volume, 0, 1) : 0,
                volume > 0 ? Math.Clamp(onTime[i] / volume, 0, 1) : 1,
                answered[i] > 0 ? waitSum[i] / answered[i] : volume > 0 ? null : 0,
                capacity > 0 ? Math.Clamp(done[i] / capacity, 0, 1) : 0,
                AbandonmentRate: 0,
                IsStable: true);
        }
        return performance;
    }

    private sealed class Cohort(int interval, double arrival, double work)
    {
        public int Interval { get; } = interval;

        public double Arrival { get; } = arrival;

        public double Work { get; } = work;

        public double Remaining { get; set; } = work;
    }
}
