using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Grains.Live;

namespace Simulator.Cli.Live;

/// <summary>
/// <c>live --look-ahead-every</c>: a look-ahead at every multiple of the period on the simulated clock (from the first opening) while the centre
/// is open, each handed on as it comes. At speed max the centre is stepped to each instant, so the look-aheads fall exactly on them and the
/// output is the same on every run; at a finite speed each is taken as the clock passes its instant.
/// </summary>
internal static class LiveLookAheads
{
    /// <summary>How often a paced run looks at the clock (wall time): the look-ahead starts at most this late in wall time.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task RunAsync(ICentreGrain centre, Scenario scenario, LookAheadRequest request, TimeSpan period, bool stepped,
        Func<LiveSnapshot> current, Task finished, Action<LookAheadResult> write, TextWriter error, CancellationToken cancellationToken,
        double stopAt = double.PositiveInfinity)
    {
        double every = period.TotalSeconds;
        var snapshot = await centre.SnapshotAsync();
        // --stop-at ends the look-aheads too: none past the instant the day is stopped at.
        for (double next = every; next <= stopAt + 1e-6 && !snapshot.Centre.Finished && !cancellationToken.IsCancellationRequested; next += every)
        {
            if (stepped)
            {
                snapshot = await centre.AdvanceToAsync(next);
            }
            else
            {
                while (!finished.IsCompleted && current().Centre.Time < next) await Task.Delay(Poll, cancellationToken);
                snapshot = current();
            }
            if (snapshot.Centre.Finished || !snapshot.Centre.Open) continue;
            var left = scenario.Horizon.End - snapshot.Centre.TimeOfDay;
            if (left <= TimeSpan.Zero) continue;
            try
            {
                write(await centre.LookAheadAsync(request with { Horizon = request.Horizon is { } h && h < left ? h : null }));
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"look-ahead at {Core.Units.UnitParser.FormatClock(snapshot.Centre.TimeOfDay)} skipped: {e.Message}");
            }
        }
        if (stepped && !snapshot.Centre.Finished && double.IsPositiveInfinity(stopAt)) await centre.RunToEndAsync();
    }
}
