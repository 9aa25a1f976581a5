using System.Runtime.CompilerServices;
using Simulator.Core.Randomness;

namespace Simulator.Core.Simulation;

/// <summary>
/// First contacts still to come, one Poisson process per contact type, each with its own stream; the
/// next arrival of every type is drawn ahead, and the kernel merges the earliest with the event
/// calendar. A surge (live) scales one type's rate from an instant on.
/// </summary>
internal sealed class Arrivals
{
    private readonly ArrivalProcess[] _processes;
    private readonly double[] _next;
    private readonly ReplayedArrivals? _replay;

    /// <summary>First contacts from a real day (see <see cref="ReplayedArrivals"/>) instead of the Poisson processes.</summary>
    public Arrivals(CentreModel model, int replication, Intraday.ReplayDay replay)
        : this(model, replication)
    {
        _replay = new ReplayedArrivals(replay, model.ContactTypes.Length);
    }

    public Arrivals(CentreModel model, int replication)
        : this(model, model.Scenario.Seed, replication)
    {
    }

    /// <summary>Arrivals from streams keyed by another seed than the scenario's: a look-ahead's fresh streams.</summary>
    public Arrivals(CentreModel model, long seed, int replication)
    {
        var types = model.ContactTypes;
        _processes = new ArrivalProcess[types.Length];
        for (int t = 0; t < types.Length; t++)
        {
            var random = RandomStreams.Create(seed, replication, StreamPurpose.Arrivals, types[t].Id);
            _processes[t] = new ArrivalProcess(model.Timeline, types[t].ArrivalRatesPerSecond, random);
        }
        _next = new double[types.Length];
    }

    /// <summary>Draws each type's first arrival.</summary>
    public void Start()
    {
        for (int t = 0; t < _next.Length; t++) _next[t] = _replay?.Next(t) ?? _processes[t].Next();
    }

    /// <summary>What a replayed day knows of the type's contact arriving now; null when arrivals are drawn.</summary>
    public Intraday.ReplayedContact? Replayed(int type) => _replay?.Current(type);

    /// <summary>The type whose next arrival comes first (the first type on a tie).</summary>
    public int Earliest
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var next = _next;
            int type = 0;
            double arrival = next[0];
            for (int t = 1; t < next.Length; t++)
            {
                if (next[t] < arrival)
                {
                    arrival = next[t];
                    type = t;
                }
            }
            return type;
        }
    }

    /// <summary>A type's next arrival; +∞ when none is left in the horizon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double TimeOf(int type) => _next[type];

    /// <summary>The earliest arrival has happened: draw the next of its type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int type) => _next[type] = _replay?.Next(type) ?? _processes[type].Next();

    /// <summary>A type's surge factor in force (1: its planned rate).</summary>
    public double Factor(int type) => _processes[type].Factor;

    /// <summary>Starts a forked centre's arrivals at <paramref name="now"/>, each type at its factor, instead of <see cref="Start"/>.</summary>
    public void Resume(double now, ReadOnlySpan<double> factors)
    {
        for (int t = 0; t < _next.Length; t++) Surge(t, factors[t], now);
    }

    /// <summary>From <paramref name="now"/> on, a type arrives at <paramref name="factor"/> × its planned rate.</summary>
    public void Surge(int type, double factor, double now)
    {
        if (_replay is not null) throw new ArgumentException("a replayed day brings the contacts that really came: there is no planned rate to surge");
        _processes[type].SetFactor(factor, now);
        _next[type] = _processes[type].Next();
    }
}
