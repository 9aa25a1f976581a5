using Simulator.Core.Simulation;

namespace Simulator.Core.Intraday;

/// <summary>
/// First contacts that have arrived, per contact type and planning interval of the horizon: what a day has brought so far, for the
/// re-forecast. Returns (redials, repeats) are left out, as the forecast counts first contacts. It watches the kernel as an observer
/// (<see cref="Replication.Observe"/>) or is told of each arrival (a feed).
/// </summary>
public sealed class ArrivalCounts : ICentreObserver
{
    private readonly Timeline _timeline;
    private readonly double[] _counts;

    public ArrivalCounts(CentreModel model)
    {
        _timeline = model.Timeline;
        ContactTypes = model.ContactTypes.Length;
        _counts = new double[_timeline.TotalIntervals * ContactTypes];
    }

    public int ContactTypes { get; }

    /// <summary>First contacts of a type that arrived in an interval of the horizon.</summary>
    public double In(int interval, int contactType) => _counts[interval * ContactTypes + contactType];

    /// <summary>Counts a first contact of <paramref name="contactType"/> arriving at <paramref name="time"/> (seconds from the first opening).</summary>
    public void Add(double time, int contactType)
    {
        int interval = _timeline.IntervalAt(time);
        if (interval >= 0 && interval < _timeline.TotalIntervals) _counts[interval * ContactTypes + contactType]++;
    }

    public void ContactArrived(double time, int contactType, long customer, int attempt, bool redial)
    {
        if (attempt == 0) Add(time, contactType);
    }

    public void ContactQueued(double time, int contactType, long customer)
    {
    }

    public void ContactAnswered(double time, int contactType, long customer, int agent, int group, double waitSeconds, double talkSeconds, double busySeconds,
        bool resolved)
    {
    }

    public void ContactAbandoned(double time, int contactType, long customer, double waitSeconds, bool inBot)
    {
    }

    public void ContactContained(double time, int contactType, long customer)
    {
    }

    public void ContactUnanswered(double time, int contactType, long customer)
    {
    }

    public void CustomerEnded(double time, int contactType, long customer, int poorExperiences)
    {
    }

    public void AgentLoggedOn(double time, int agent, int group)
    {
    }

    public void AgentLoggedOff(double time, int agent, int group, bool onBreak)
    {
    }

    public void AgentIdle(double time, int agent, int group)
    {
    }
}
