using Simulator.Core.History;

namespace Simulator.Core.Simulation;

/// <summary>
/// Writes down every contact of one replication as a contact log row (<see cref="ContactRecord"/>), by watching
/// the kernel as a live centre does (<see cref="Replication.Observe"/>): a run that asks for no log pays nothing,
/// since the kernel only calls an observer that is there. Contacts that arrive during warm-up are left out, as
/// the KPIs leave them out, and so are callers who gave up inside a bot: they never reached the agent queue.
/// </summary>
public sealed class ContactRecorder : ICentreObserver
{
    private readonly double _warmupEnd;
    private readonly Dictionary<long, (double Arrival, int Attempt)> _current = [];
    private readonly List<ContactRecord> _records = [];

    public ContactRecorder(CentreModel model)
    {
        _warmupEnd = model.Timeline.WarmupEnd;
    }

    /// <summary>The contacts in the order they ended (answered, abandoned, contained or left waiting at close).</summary>
    public IReadOnlyList<ContactRecord> Records => _records;

    /// <summary>Runs replication <paramref name="replication"/> of a model with a recorder watching it: the same replication `run` reports.</summary>
    public static IReadOnlyList<ContactRecord> Record(CentreModel model, int replication)
    {
        var recorder = new ContactRecorder(model);
        var run = new Replication(model, replication);
        run.Observe(recorder);
        run.Run();
        return recorder.Records;
    }

    public void ContactArrived(double time, int contactType, long customer, int attempt, bool redial) => _current[customer] = (time, attempt);

    /// <summary>A contact left waiting at close arrived when it entered the queue (after the bot, if it had one).</summary>
    public void ContactQueued(double time, int contactType, long customer)
    {
        if (_current.TryGetValue(customer, out var current)) _current[customer] = (time, current.Attempt);
    }

    public void ContactAnswered(double time, int contactType, long customer, int agent, int group, double waitSeconds, double talkSeconds, double busySeconds,
        bool resolved) =>
        Add(time - waitSeconds, contactType, ContactOutcome.Answered, waitSeconds, busySeconds, agent, group, customer);

    public void ContactAbandoned(double time, int contactType, long customer, double waitSeconds, bool inBot)
    {
        if (!inBot) Add(time - waitSeconds, contactType, ContactOutcome.Abandoned, waitSeconds, double.NaN, -1, -1, customer);
    }

    public void ContactContained(double time, int contactType, long customer)
    {
        var (arrival, _) = _current.GetValueOrDefault(customer, (time, 0));
        Add(arrival, contactType, ContactOutcome.Contained, 0, double.NaN, -1, -1, customer);
    }

    public void ContactUnanswered(double time, int contactType, long customer)
    {
        var (arrival, _) = _current.GetValueOrDefault(customer, (time, 0));
        Add(arrival, contactType, ContactOutcome.Unanswered, Math.Max(0, time - arrival), double.NaN, -1, -1, customer);
    }

    public void CustomerEnded(double time, int contactType, long customer, int poorExperiences) => _current.Remove(customer);

    public void AgentLoggedOn(double time, int agent, int group)
    {
    }

    public void AgentLoggedOff(double time, int agent, int group, bool onBreak)
    {
    }

    public void AgentIdle(double time, int agent, int group)
    {
    }

    private void Add(double arrival, int type, ContactOutcome outcome, double wait, double handle, int agent, int group, long customer)
    {
        if (arrival < _warmupEnd) return;
        int attempt = _current.TryGetValue(customer, out var current) ? current.Attempt : 0;
        _records.Add(new ContactRecord(arrival, type, outcome, wait, handle, agent, group, customer, attempt));
    }
}
