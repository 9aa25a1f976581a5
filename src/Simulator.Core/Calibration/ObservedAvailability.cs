namespace Simulator.Core.Calibration;

/// <summary>
/// Agents logged in and busy per interval, from the agent ids and handle times of a contact log: the
/// occupancy as observed, to set against head-counts. A log shows work, not log-ins, so an agent counts
/// as logged in from the start of a contact to the end of the next whenever the idle gap between them
/// is within <see cref="ObservedAvailabilityOptions.MaximumIdleGapSeconds"/>; time before an agent's first
/// contact and after the last of a run is not seen and not counted, so logged-in time is a lower bound.
/// </summary>
public static class ObservedAvailability
{
    public static IReadOnlyList<AgentActivity> Measure(
        ReadOnlySpan<AgentWork> work,
        IntervalGrid grid,
        IReadOnlyList<double>? heads = null,
        ObservedAvailabilityOptions? options = null)
    {
        options ??= ObservedAvailabilityOptions.Default;
        grid.Check();
        if (heads is not null
            && heads.Count != grid.Count) throw new ArgumentException($"Heads are given for {heads.Count} intervals; the grid has {grid.Count}.",
            nameof(heads));

        var byAgent = new Dictionary<string, List<(double Start, double End)>>(StringComparer.Ordinal);
        for (int i = 0; i < work.Length; i++)
        {
            var (agent, start, handle) = work[i];
            if (string.IsNullOrEmpty(agent)) throw new ArgumentException($"Work {i} has no agent id.", nameof(work));
            if (!double.IsFinite(start) || !double.IsFinite(handle) || handle < 0)
            {
                throw new ArgumentException($"Work {i} starts at {start} s and lasts {handle} s: expected a finite start and a handle time of zero or more " +
                    $"seconds.", nameof(work));
            }
            if (!byAgent.TryGetValue(agent, out var spans)) byAgent[agent] = spans = [];
            spans.Add((start, start + handle));
        }

        var busy = new double[grid.Count];
        var loggedIn = new double[grid.Count];
        var seen = new int[grid.Count];
        var seenByThisAgent = new bool[grid.Count];
        foreach (var spans in byAgent.Values)
        {
            Array.Clear(seenByThisAgent);
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            double busyFrom = spans[0].Start, busyTo = spans[0].End, sessionFrom = spans[0].Start;
            foreach (var (start, end) in spans.Skip(1))
            {
                if (start <= busyTo)
                {
                    busyTo = Math.Max(busyTo, end); // overlapping contacts (chats) are one stretch of work
                    continue;
                }
                AddBusy(grid, busyFrom, busyTo, busy, seenByThisAgent);
                if (start - busyTo > options.MaximumIdleGapSeconds)
                {
                    grid.Spread(sessionFrom, busyTo, loggedIn);
                    sessionFrom = start;
                }
                busyFrom = start;
                busyTo = end;
            }
            AddBusy(grid, busyFrom, busyTo, busy, seenByThisAgent);
            grid.Spread(sessionFrom, busyTo, loggedIn);
            for (int i = 0; i < grid.Count; i++) if (seenByThisAgent[i]) seen[i]++;
        }

        var result = new AgentActivity[grid.Count];
        for (int i = 0; i < grid.Count; i++)
        {
            double loggedInAgents = loggedIn[i] / grid.LengthSeconds;
            double busyAgents = busy[i] / grid.LengthSeconds;
            double? head = heads?[i];
            result[i] = new AgentActivity(
                i,
                grid.Start(i),
                seen[i],
                loggedInAgents,
                busyAgents,
                loggedIn[i] > 0 ? busy[i] / loggedIn[i] : null,
                head,
                head > 0 ? loggedInAgents / head : null);
        }
        return result;
    }

    private static void AddBusy(IntervalGrid grid, double from, double to, double[] busy, bool[] seen)
    {
        grid.Spread(from, to, busy);
        if (to <= from) return;
        int first = Math.Max(0, (int)Math.Floor((from - grid.OriginSeconds) / grid.LengthSeconds));
        int last = Math.Min(grid.Count - 1, (int)Math.Ceiling((to - grid.OriginSeconds) / grid.LengthSeconds) - 1);
        for (int i = first; i <= last; i++) seen[i] = true;
    }
}
