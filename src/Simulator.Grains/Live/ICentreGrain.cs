namespace Simulator.Grains.Live;

/// <summary>
/// A live contact centre (key: a session id): owns the simulated clock and the Core kernel, advances
/// it against the silo's <see cref="LiveClock"/> at the chosen speed, publishes snapshots, and takes
/// controls while it runs. Every call returns the centre as it stands afterwards.
/// </summary>
public interface ICentreGrain : IGrainWithStringKey
{
    Task<LiveSnapshot> StartAsync(LiveSettings settings);

    /// <summary>Catches the simulation up with the clock and returns the centre (a test with a fake clock calls it).</summary>
    Task<LiveSnapshot> TickAsync();

    /// <summary>Catches the simulation up with the clock, returning nothing (the silo's <see cref="LivePacer"/> calls it about every millisecond).</summary>
    Task CatchUpAsync();

    /// <summary>Runs the rest of the horizon at once (up to the settings' stop, where it pauses), publishing a snapshot every simulated interval (speed
    /// max).</summary>
    Task<LiveSnapshot> RunToEndAsync();

    Task<LiveSnapshot> SnapshotAsync();

    /// <summary>
    /// A centre started to follow a feed takes its next lines (JSON events, <see cref="Core.Intraday.FeedReader"/>), the first being line
    /// <paramref name="firstLine"/> of the feed; <paramref name="last"/>: the feed has ended, and so has the day. Lines that report no event, or one
    /// the centre cannot take, come back with their reasons and change nothing.
    /// </summary>
    Task<FeedReceipt> FeedAsync(long firstLine, IReadOnlyList<string> lines, bool last);

    Task SubscribeAsync(ILiveObserver observer);

    Task UnsubscribeAsync(ILiveObserver observer);

    /// <summary>Adds (negative: removes) agents of a group from now on.</summary>
    Task<LiveSnapshot> AddAgentsAsync(string group, int count);

    /// <summary>From now on a contact type arrives at <paramref name="factor"/> × its planned rate (1 ends the surge).</summary>
    Task<LiveSnapshot> SurgeAsync(string contactType, double factor);

    Task<LiveSnapshot> SetBotAsync(string contactType, bool enabled);

    Task<LiveSnapshot> PauseAsync();

    Task<LiveSnapshot> ResumeAsync();

    Task<LiveSnapshot> SetSpeedAsync(double speed);

    /// <summary>
    /// The replication's tallies so far, as the journal's JSON line (<see cref="Core.Simulation.ReplicationResultCodec"/>), with costs as
    /// incurred so far: a day stopped early pays its agents up to the instant it stopped.
    /// </summary>
    Task<string> ResultAsync();

    Task<LivePace> PaceAsync();

    /// <summary>Starts the pace figures afresh (a benchmark leaves out its warm-up).</summary>
    Task ResetPaceAsync();

    /// <summary>
    /// Forks the centre's state now into the request's replications, run as look-ahead grains over the cluster, and summarises them; the centre
    /// itself goes on exactly as without it. A request that does not fit the centre fails with an <see cref="ArgumentException"/> saying why.
    /// </summary>
    Task<Core.LookAhead.LookAheadResult> LookAheadAsync(Core.LookAhead.LookAheadRequest request);

    /// <summary>Runs the centre up to <paramref name="simulatedSeconds"/> on its clock at once (a paused or max-speed centre stepped by a caller).</summary>
    Task<LiveSnapshot> AdvanceToAsync(double simulatedSeconds);
}
