using Simulator.Core.Intraday;
using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Live;

/// <summary>
/// The live centre. Its simulated clock is the kernel's: each tick works out where the clock should
/// be (the simulated instant at the last anchor + wall time elapsed × speed, from the injected
/// <see cref="LiveClock"/>) and runs the kernel's events up to there in simulated-time order, one
/// planning interval at a time, so a snapshot is published at every interval boundary whatever the
/// speed. The silo's <see cref="LivePacer"/> only decides how often to catch up; it never sets simulated time. Controls
/// act at the current simulated instant. The model is the batch kernel's (Core), so a live day at
/// full speed gives the numbers of the same replication in <c>ccsim run</c>.
/// </summary>
[CollectionAgeLimit(Days = 1)] // a paused centre nobody calls keeps its day for a day of wall time, not Orleans' 15 minutes
public sealed class CentreGrain(LiveClock clock, LivePacer pacer) : Grain, ICentreGrain
{
    private static readonly TimeSpan SnapshotEvery = TimeSpan.FromSeconds(1);

    /// <summary>Customers' events go out in batches at least this far apart in wall time (and at every interval boundary).</summary>
    private static readonly TimeSpan CustomersEvery = TimeSpan.FromMilliseconds(250);

    private readonly List<ILiveObserver> _observers = [];
    private Replication? _kernel;
    private Scenario? _scenario;
    private string? _fingerprint;
    private CentreNotifications? _notifications;
    private CentreModel? _model;
    private ArrivalCounts? _arrivals;
    private FollowedCentre? _followed;
    private FeedReader? _feedReader;
    private bool _replaying;
    private bool _autoTick;
    private IDisposable? _pacing;
    private double _speed;
    private bool _paused;
    private double _stopAt = double.PositiveInfinity;
    private long _anchorWall;
    private double _anchorSimulated;
    private long _lastSnapshotWall;
    private long _lastCustomersWall;
    private double _mostBehind;
    private double _mostStale;
    private long _lateTicks;
    private long _callsAtReset;
    private double _simulatedAtReset;
    private long _ticks;
    private long _published;

    private Replication Kernel => _kernel ?? throw (_followed is null
        ? new InvalidOperationException("The live centre has not been started.")
        : new ArgumentException("a centre following a feed takes no controls and keeps no clock of its own: the real centre decides"));

    public Task<LiveSnapshot> StartAsync(LiveSettings settings)
    {
        if (_kernel is not null || _followed is not null) return Task.FromResult(Snapshot(SnapshotReason.Request));
        var scenario = settings.Scenario;
        if (settings.Feed)
        {
            _followed = new FollowedCentre(scenario);
            _feedReader = new FeedReader(_followed.Scenario);
            _speed = CheckSpeed(settings.Speed);
            _paused = true; // the feed's events move the clock, not the wall clock
            return Task.FromResult(Snapshot(SnapshotReason.Request));
        }
        _model = CentreModel.Compile(scenario);
        _kernel = new Replication(_model, settings.Replication, replay: settings.Replay);
        _replaying = settings.Replay is not null;
        _scenario = scenario;
        _arrivals = new ArrivalCounts(_model);
        _notifications = new CentreNotifications(scenario, this.GetPrimaryKeyString()) { Enabled = settings.Entities, Arrivals = _arrivals };
        _kernel.Observe(_notifications);
        _kernel.Start();
        _speed = CheckSpeed(settings.Speed);
        _stopAt = settings.StopAt;
        Anchor();
        _lastSnapshotWall = clock.Time.GetTimestamp();
        _autoTick = settings.AutoTick;
        KeepPace();
        return Task.FromResult(Snapshot(SnapshotReason.Request));
    }

    public Task<FeedReceipt> FeedAsync(long firstLine, IReadOnlyList<string> lines, bool last)
    {
        var followed = _followed ?? throw new InvalidOperationException("This centre was not started to follow a feed.");
        var problems = new List<FeedProblem>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var (e, problem) = _feedReader!.Read(lines[i]);
            problem ??= followed.Apply(e!);
            if (problem is not null) problems.Add(new FeedProblem(firstLine + i, problem));
        }
        if (last) followed.End();
        return Task.FromResult(new FeedReceipt(problems, Publish(followed.Finished ? SnapshotReason.Final : SnapshotReason.Request)));
    }

    public Task<LiveSnapshot> TickAsync() => Task.FromResult(Tick() ?? SnapshotOrEmpty());

    public Task CatchUpAsync()
    {
        Tick();
        return Task.CompletedTask;
    }

    public Task<LiveSnapshot> RunToEndAsync()
    {
        StopPacing();
        Advance(_stopAt);
        if (!Kernel.Finished) _paused = true; // stopped where the settings said
        return Task.FromResult(Publish(Kernel.Finished ? SnapshotReason.Final : SnapshotReason.Request));
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopPacing();
        return Task.CompletedTask;
    }

    /// <summary>The centre now: a running centre first catches up with the clock, so nobody sees it stale between ticks.</summary>
    public Task<LiveSnapshot> SnapshotAsync()
    {
        CatchUp();
        return Task.FromResult(SnapshotOrEmpty());
    }

    public Task SubscribeAsync(ILiveObserver observer)
    {
        if (!_observers.Contains(observer)) _observers.Add(observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ILiveObserver observer)
    {
        _observers.Remove(observer);
        return Task.CompletedTask;
    }

    public Task<LiveSnapshot> AddAgentsAsync(string group, int count) => Control(() => Kernel.AddAgents(group, count));

    public Task<LiveSnapshot> SurgeAsync(string contactType, double factor) => Control(() => Kernel.Surge(contactType, factor));

    public Task<LiveSnapshot> SetBotAsync(string contactType, bool enabled) => Control(() => Kernel.SetBot(contactType, enabled));

    public Task<LiveSnapshot> PauseAsync() => Control(() =>
    {
        if (!_paused) Advance(Target()); // up to the instant of the pause, then the clock stands still
        _paused = true;
        StopPacing();
    });

    public Task<LiveSnapshot> ResumeAsync() => Control(() =>
    {
        _paused = false;
        Anchor();
        KeepPace();
    });

    public Task<LiveSnapshot> SetSpeedAsync(double speed) => Control(() =>
    {
        double checkedSpeed = CheckSpeed(speed);
        if (!_paused) Advance(Target());
        _speed = checkedSpeed;
        Anchor();
        KeepPace(); // catch-ups as often as the new speed needs
    });

    public Task<string> ResultAsync() => Task.FromResult(ReplicationResultCodec.ToJson(_followed?.Result() ?? Kernel.ResultSoFar()));

    public Task<LivePace> PaceAsync() => Task.FromResult(new LivePace(_mostBehind, (_notifications?.Calls ?? 0) - _callsAtReset, _ticks, (_kernel?.Now
        ?? 0) - _simulatedAtReset, _mostStale, _lateTicks));

    public Task ResetPaceAsync()
    {
        (_mostBehind, _mostStale, _ticks, _lateTicks) = (0, 0, 0, 0);
        _callsAtReset = _notifications?.Calls ?? 0;
        _simulatedAtReset = _kernel?.Now ?? 0;
        return Task.CompletedTask;
    }

    /// <summary>Look-ahead batches per request: enough to spread over a few silos' cores, few enough that each carries a share worth its call.</summary>
    private const int LookAheadBatches = 8;

    public async Task<LookAheadResult> LookAheadAsync(LookAheadRequest request)
    {
        CatchUp(); // from the current simulated instant, not the last tick's
        var state = Kernel.Capture();
        if (request.ArrivalFactors is null && _replaying)
        {
            // A replayed day is a real one: the rest of it is forecast from what has arrived so far, not from the plan alone.
            var reforecast = Reforecast();
            request = request with
            {
                ArrivalFactors = [.. Kernel.Model.Scenario.ContactTypes.Select(t => reforecast.Types.FirstOrDefault(r => r.ContactType == t.Id)?.Factor ?? 1)],
            };
        }
        LookAheadPlan plan;
        try
        {
            plan = LookAheadPlan.Create(Kernel.Model, state, request);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message); // a plain message crosses the wire; the caller shows it
        }
        _fingerprint ??= ScenarioJson.Fingerprint(_scenario!);
        int batches = Math.Min(request.Replications, LookAheadBatches), key = 0;
        var calls = new List<Task<LookAheadOutcomes>>();
        for (int b = 0, first = 0; b < batches; b++)
        {
            int count = request.Replications / batches + (b < request.Replications % batches ? 1 : 0);
            var grain = GrainFactory.GetGrain<ILookAheadGrain>($"{this.GetPrimaryKeyString()}/{Guid.NewGuid():N}/{key++}");
            calls.Add(grain.RunAsync(new LookAheadBatch(_scenario!, _fingerprint, state, request, first, count)));
            first += count;
        }
        var outcomes = (await Task.WhenAll(calls)).SelectMany(o => o.Outcomes).ToArray();
        return plan.Summarise(outcomes);
    }

    public Task<LiveSnapshot> AdvanceToAsync(double simulatedSeconds)
    {
        Advance(simulatedSeconds);
        if (!_paused && double.IsFinite(_speed)) Anchor(); // a running clock goes on from here
        return Task.FromResult(Publish(Kernel.Finished ? SnapshotReason.Final : SnapshotReason.Request));
    }

    private double End => Kernel.End;

    /// <summary>How many simulated seconds the kernel stands behind <paramref name="target"/> (the horizon's end at most).</summary>
    private double Behind(double target) => Math.Max(0, Math.Min(target, End) - Kernel.Now);

    /// <summary>Whether the simulated clock follows wall time: started, not finished, not paused, at a finite speed.</summary>
    private bool ClockRuns => _kernel is { Finished: false } && !_paused && double.IsFinite(_speed);

    /// <summary>
    /// Catches up with the clock, if it runs, and returns the snapshot it published, if it was time for one. The pacer's thousand calls a second
    /// build no snapshot otherwise.
    /// </summary>
    private LiveSnapshot? Tick()
    {
        if (!ClockRuns) return null;
        _ticks++;
        double target = Target();
        double stale = Behind(target);
        _mostStale = Math.Max(_mostStale, stale);
        if (stale > 1) _lateTicks++;
        Advance(target);
        _mostBehind = Math.Max(_mostBehind, Behind(Target()));
        if (!Kernel.Finished && Kernel.Now >= _stopAt)
        {
            _paused = true; // the stop the settings asked for: the clock stands still here
            StopPacing();
            return Publish(SnapshotReason.Request);
        }
        if (Kernel.Finished)
        {
            StopPacing();
            return Publish(SnapshotReason.Final);
        }
        return clock.Time.GetElapsedTime(_lastSnapshotWall) >= SnapshotEvery ? Publish(SnapshotReason.WallSecond) : null;
    }

    /// <summary>
    /// Has the silo's pacer catch the centre up every sixteenth of a simulated second (1 ms of wall time
    /// at 60× and above, the pacer's resolution; at most 100 ms apart), when the centre keeps its own pace.
    /// </summary>
    private void KeepPace()
    {
        StopPacing();
        var self = this.AsReference<ICentreGrain>();
        if (_autoTick && !_paused && _kernel is { Finished: false } && double.IsPositiveInfinity(_speed))
        {
            // As fast as possible, on the pacer's next pass (not inside the call that set the speed, which returns at once).
            _pacing = pacer.Keep(self.RunToEndAsync, LivePacer.Resolution);
            return;
        }
        if (!_autoTick || !ClockRuns) return;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(1000 / 16.0 / _speed, LivePacer.Resolution.TotalMilliseconds, 100));
        _pacing = pacer.Keep(self.CatchUpAsync, period);
    }

    private void StopPacing()
    {
        _pacing?.Dispose();
        _pacing = null;
    }

    /// <summary>Where the simulated clock should stand now: the anchor plus wall time × speed.</summary>
    private double Target() =>
        _paused ? Kernel.Now : Math.Min(_stopAt, _anchorSimulated + clock.Time.GetElapsedTime(_anchorWall).TotalSeconds * _speed);

    private void CatchUp()
    {
        if (ClockRuns) Advance(Target());
    }

    private void Anchor()
    {
        _anchorWall = clock.Time.GetTimestamp();
        _anchorSimulated = Kernel.Now;
    }

    /// <summary>Runs the kernel to <paramref name="target"/> one interval at a time, publishing at each boundary crossed.</summary>
    private void Advance(double target)
    {
        var kernel = Kernel;
        while (!kernel.Finished && kernel.Now < target)
        {
            double boundary = kernel.NextIntervalBoundary(kernel.Now);
            double step = Math.Min(boundary, target);
            kernel.RunUntil(step);
            bool customers = step == boundary || kernel.Finished || clock.Time.GetElapsedTime(_lastCustomersWall) >= CustomersEvery;
            if (customers) _lastCustomersWall = clock.Time.GetTimestamp();
            _notifications!.Flush(GrainFactory, customers);
            if (step == boundary && !kernel.Finished) Publish(SnapshotReason.Interval);
        }
    }

    private Task<LiveSnapshot> Control(Action change)
    {
        try
        {
            CatchUp(); // a control acts at the current simulated instant, not at the last tick's
            change();
        }
        catch (ArgumentException e)
        {
            return Task.FromException<LiveSnapshot>(new ArgumentException(e.Message)); // a plain message crosses the wire; the caller shows it
        }
        _notifications?.Flush(GrainFactory);
        return Task.FromResult(Publish(SnapshotReason.Request));
    }

    private LiveSnapshot Publish(SnapshotReason reason)
    {
        var snapshot = Snapshot(reason) with { Sequence = ++_published };
        _lastSnapshotWall = clock.Time.GetTimestamp();
        foreach (var observer in _observers.ToList())
        {
            try
            {
                observer.OnSnapshot(snapshot);
            }
            catch (Exception)
            {
                _observers.Remove(observer); // a client that has gone away
            }
        }
        return snapshot;
    }

    private LiveSnapshot Snapshot(SnapshotReason reason) => _followed is { } followed
        ? new(followed.Status(), new LivePlayback(false, _speed, 0, 0), reason, _published,
            LiveReforecast.From(Reforecaster.Compute(followed.Model, followed.Now, followed.Arrivals)))
        : new(Kernel.Status(), new LivePlayback(_paused, _speed, Behind(Target()), _notifications?.Calls ?? 0), reason, _published,
            LiveReforecast.From(Reforecast()));

    /// <summary>Today's forecast updated by the first contacts that have arrived so far: what the dashboard shows, and what a look-ahead draws the rest of
    /// the day's arrivals from (<see cref="Core.Intraday.Reforecast.RestOfDay"/>).</summary>
    private Reforecast Reforecast() => Reforecaster.Compute(_model!, Kernel.Now, _arrivals!);

    private LiveSnapshot SnapshotOrEmpty() => _kernel is null && _followed is null ? LiveSnapshot.NotStarted : Snapshot(SnapshotReason.Request);

    private static double CheckSpeed(double speed) =>
        speed > 0
            ? LiveSettings.Paced(speed)
            : throw new ArgumentException($"the speed is simulated seconds per wall second, greater than 0 (60: an hour a minute), or +∞ for " +
                $"as fast as possible; not {speed}");
}
