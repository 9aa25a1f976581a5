namespace Simulator.Grains.Live;

/// <summary>
/// The client's end of a centre's snapshots. Orleans does not promise that one-way notifications
/// arrive in the order they were sent, so each published snapshot carries a sequence number and the
/// feed hands them on strictly in that order (holding any that overtake an earlier one), which is
/// simulated-time order.
/// </summary>
public sealed class SnapshotFeed(Action<LiveSnapshot> deliver) : ILiveObserver
{
    private readonly SortedDictionary<long, LiveSnapshot> _early = [];
    private readonly Lock _gate = new();
    private long _next = 1;

    public void OnSnapshot(LiveSnapshot snapshot)
    {
        lock (_gate)
        {
            if (snapshot.Sequence < _next) return; // subscribed after it was sent, or a duplicate
            _early[snapshot.Sequence] = snapshot;
            while (_early.Remove(_next, out var inOrder))
            {
                _next++;
                deliver(inOrder);
            }
        }
    }

    /// <summary>Starts the count at the centre's current sequence: call with the snapshot returned when subscribing.</summary>
    public void StartAfter(long sequence)
    {
        lock (_gate)
        {
            _next = Math.Max(_next, sequence + 1);
            foreach (long stale in _early.Keys.Where(k => k < _next).ToList()) _early.Remove(stale);
            while (_early.Remove(_next, out var inOrder))
            {
                _next++;
                deliver(inOrder);
            }
        }
    }
}
