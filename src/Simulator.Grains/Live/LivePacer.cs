using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Simulator.Grains.Live;

/// <summary>How the silo's <see cref="LivePacer"/> keeps live centres on time.</summary>
public sealed class LivePacingOptions
{
    /// <summary>
    /// Collect young garbage in small steps between catch-ups (see <see cref="LivePacer"/>); off only
    /// to measure what the steps buy.
    /// </summary>
    public bool CollectInSteps { get; set; } = true;
}

/// <summary>
/// Keeps a silo's running live centres on pace with the wall clock. One dedicated thread wakes about
/// every millisecond while any centre runs, starts the catch-up of each centre that is due and not
/// still catching up, and sleeps again; it ends when the last centre stops. The thread only decides
/// when a centre catches up; the simulated clock stays the centre's (<see cref="CentreGrain"/>).
/// </summary>
/// <remarks>
/// Why not a grain timer: a 60× clock that must never stand more than one simulated second behind has
/// 16.7 ms of wall time between catch-ups at most. Measured on a 2-core machine with a 1,000-agent
/// centre (docs/performance.md): grain timers came no closer than about 4 ms apart whatever the period
/// and now and then 17–20 ms apart; the garbage collector stopped everything for 11–42 ms about every
/// 15 s (the entity grains' activations survive their first collection, 5–10 MB at a time); and the
/// just-in-time compiler's profile-guided recompilation (off in ccsim, see its project file) paused
/// threads for up to 16 ms. So the pacer keeps its own thread, and between catch-ups asks for a
/// generation-1 collection once 4 MiB has been allocated since the last one (or a second has passed):
/// each such collection has about a megabyte to keep and takes 2–7 ms, where the runtime's own, left
/// to itself, take tens (two-minute runs: 4 and 6 catch-ups over a simulated second late without the
/// steps, 0 or 1 with them).
/// </remarks>
public sealed class LivePacer : IDisposable
{
    /// <summary>The pacer sleeps this long between passes (Linux keeps it to about 1.1 ms).</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(1);

    /// <summary>Bytes allocated since the last generation-1 collection that make the pacer ask for one.</summary>
    public const long CollectionStep = 4L << 20;

    /// <summary>A collection is also due this long after the last, once a small share of a step has been allocated.</summary>
    public static readonly TimeSpan CollectionEvery = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly IGarbageCollector? _collector;
    private readonly ILogger _logger;
    private readonly bool _ownThread;
    private readonly Lock _gate = new();
    private readonly List<Pacing> _pacings = [];
    private Pacing[] _pass = [];
    private Thread? _thread;
    private bool _disposed;
    private long _allocatedAtCollection;
    private long _collectedAt;
    private int _collectionsSeen = -1;

    public LivePacer(LiveClock clock, IOptions<LivePacingOptions> options, ILogger<LivePacer> logger)
        : this(clock, options.Value.CollectInSteps ? new RuntimeCollector() : null, ownThread: true, logger)
    {
    }

    /// <param name="collector">The collector to ask for collections in steps; null: leave collecting to the runtime.</param>
    /// <param name="ownThread">Run the passes on the pacer's own thread; a test calls <see cref="Pass"/> itself.</param>
    internal LivePacer(LiveClock clock, IGarbageCollector? collector, bool ownThread, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _time = clock.Time;
        _collector = collector;
        _ownThread = ownThread;
    }

    /// <summary>Collections the pacer has asked for.</summary>
    public long Collections { get; private set; }

    /// <summary>
    /// Calls <paramref name="catchUp"/> every <paramref name="period"/> of wall time, never twice at once,
    /// until the returned handle is disposed or a call fails.
    /// </summary>
    public IDisposable Keep(Func<Task> catchUp, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        var pacing = new Pacing(this, catchUp, (long)(period.TotalSeconds * _time.TimestampFrequency));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _pacings.Add(pacing);
            if (_ownThread && _thread is null)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "ccsim live pacer" };
                _thread.Start();
            }
        }
        return pacing;
    }

    /// <summary>
    /// One pass: if no catch-up is running and a step's worth of young garbage has built up, collects
    /// it; then starts every due catch-up. Returns false when no centre is left to pace.
    /// </summary>
    internal bool Pass()
    {
        int count;
        lock (_gate)
        {
            if (_disposed || _pacings.Count == 0)
            {
                if (_thread == Thread.CurrentThread) _thread = null;
                return false;
            }
            count = _pacings.Count;
            if (_pass.Length < count) _pass = new Pacing[Math.Max(count, 2 * _pass.Length)];
            _pacings.CopyTo(_pass);
        }
        bool running = false;
        for (int i = 0; i < count; i++) running |= _pass[i].Running;
        if (_collector is { } collector && !running) CollectIfDue(collector); // between catch-ups, so that the next one sees the clock after it
        long now = _time.GetTimestamp();
        for (int i = 0; i < count; i++) _pass[i].StartIfDue(now);
        Array.Clear(_pass, 0, count);
        return true;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pacings.Clear();
        }
    }

    private void Run()
    {
        while (Pass()) Thread.Sleep(Resolution);
    }

    private void Remove(Pacing pacing)
    {
        lock (_gate) _pacings.Remove(pacing);
    }

    /// <summary>
    /// Asks for a generation-1 collection once a step's worth has been allocated since the last one, or
    /// a second has passed and a sixteenth of a step has: a slow centre's first collection then does not
    /// wait for, and have to sift, everything since start-up.
    /// </summary>
    private void CollectIfDue(IGarbageCollector collector)
    {
        long allocated = collector.AllocatedBytes;
        int collections = collector.Generation1Collections;
        if (collections != _collectionsSeen)
        {
            // The runtime collected by itself (or this is the first pass): count the step from here.
            Collected(collections, allocated);
            return;
        }
        long since = allocated - _allocatedAtCollection;
        if (since < CollectionStep && (since < CollectionStep / 16 || _time.GetElapsedTime(_collectedAt) < CollectionEvery)) return;
        collector.CollectGeneration1();
        Collections++;
        Collected(collector.Generation1Collections, collector.AllocatedBytes);
    }

    private void Collected(int collections, long allocated) =>
        (_collectionsSeen, _allocatedAtCollection, _collectedAt) = (collections, allocated, _time.GetTimestamp());

    /// <summary>The runtime's collector: the process's allocations, and a blocking generation-1 collection.</summary>
    private sealed class RuntimeCollector : IGarbageCollector
    {
        public long AllocatedBytes => GC.GetTotalAllocatedBytes(precise: false);

        public int Generation1Collections => GC.CollectionCount(1);

        public void CollectGeneration1() => GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
    }

    /// <summary>One centre's schedule: when it is next due and the catch-up it may still be running.</summary>
    private sealed class Pacing(LivePacer pacer, Func<Task> catchUp, long period) : IDisposable
    {
        private long _due;
        private Task? _running;
        private volatile bool _ended;

        /// <summary>Whether a catch-up is still running. A failed one is observed here, and a centre that fails is paced no more.</summary>
        public bool Running
        {
            get
            {
                if (_running is not { } running) return false;
                if (!running.IsCompleted) return true;
                _running = null;
                if (running.Exception is { } failure)
                {
                    LivePacerLog.CatchUpFailed(pacer._logger, failure.GetBaseException());
                    Dispose();
                }
                return false;
            }
        }

        /// <summary>Starts a catch-up if one is due and none is running.</summary>
        public void StartIfDue(long now)
        {
            if (_ended || _running is not null || now < _due) return;
            _due = now + period; // from now, not from the missed due time: a late pass does not set off a burst
            try
            {
                _running = catchUp();
            }
            catch (Exception e)
            {
                _running = Task.FromException(e);
            }
        }

        public void Dispose()
        {
            _ended = true; // a pass already under way starts it no more
            pacer.Remove(this);
        }
    }
}

/// <summary>What the pacer needs of the garbage collector (a test gives it a fake one).</summary>
internal interface IGarbageCollector
{
    /// <summary>Bytes allocated by the process so far.</summary>
    long AllocatedBytes { get; }

    /// <summary>Collections of generation 1 or higher so far, the runtime's own included.</summary>
    int Generation1Collections { get; }

    void CollectGeneration1();
}

internal static partial class LivePacerLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "A live centre's catch-up failed; its clock is paced no more")]
    public static partial void CatchUpFailed(ILogger logger, Exception exception);
}
