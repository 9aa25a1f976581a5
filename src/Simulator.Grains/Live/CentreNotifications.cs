using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Live;

/// <summary>
/// Collects what the kernel reports while the centre advances, and hands it to the agent, queue and
/// customer grains in one batch per grain per step (one-way calls, so the clock never waits on them).
/// </summary>
internal sealed class CentreNotifications(Scenario scenario, string centre) : ICentreObserver
{
    private readonly Dictionary<int, AgentUpdate> _agents = [];
    private readonly Dictionary<int, long> _handled = [];
    private readonly List<ContactEvent>[] _queues = scenario.ContactTypes.Select(_ => new List<ContactEvent>()).ToArray();
    private readonly Dictionary<long, List<ContactEvent>> _customers = [];
    private readonly IReadOnlyList<SkillView>[] _skills = scenario.AgentGroups
        .Select(g => (IReadOnlyList<SkillView>)[.. g.Skills.Select(s => new SkillView(s, g.ProficiencyFor(s).HandleTimeFactor))])
        .ToArray();

    /// <summary>Grain calls made so far.</summary>
    public long Calls { get; private set; }

    /// <summary>Whether agent, queue and customer grains are kept up to date (the pace benchmark can measure without them).</summary>
    public bool Enabled { get; set; } = true;

    /// <param name="customers">Also send the customers' events (they can wait a little and go in bigger batches).</param>
    public void Flush(IGrainFactory grains, bool customers = true)
    {
        if (!Enabled) return;
        foreach (var (agent, update) in _agents)
        {
            _ = grains.GetGrain<IAgentGrain>($"{centre}/{agent}").UpdateAsync(update);
            Calls++;
        }
        _agents.Clear();
        for (int t = 0; t < _queues.Length; t++)
        {
            if (_queues[t].Count == 0) continue;
            _ = grains.GetGrain<IQueueGrain>($"{centre}/{scenario.ContactTypes[t].Id}").RecordAsync([.. _queues[t]]);
            Calls++;
            _queues[t].Clear();
        }
        if (!customers) return;
        foreach (var (customer, events) in _customers)
        {
            _ = grains.GetGrain<ICustomerGrain>($"{centre}/{customer}").RecordAsync(events);
            Calls++;
        }
        _customers.Clear();
    }

    /// <summary>First contacts counted for the re-forecast; null: not counted.</summary>
    public Core.Intraday.ArrivalCounts? Arrivals { get; init; }

    public void ContactArrived(double time, int contactType, long customer, int attempt, bool redial)
    {
        Arrivals?.ContactArrived(time, contactType, customer, attempt, redial);
        Customer(new ContactEvent(time, ContactEventKind.Arrived, Type(contactType), customer, attempt, 0, -1, false, 0));
    }

    public void ContactQueued(double time, int contactType, long customer)
    {
        var e = new ContactEvent(time, ContactEventKind.Queued, Type(contactType), customer, 0, 0, -1, false, 0);
        Queue(contactType, e);
        Customer(e);
    }

    public void ContactAnswered(double time, int contactType, long customer, int agent, int group, double waitSeconds, double talkSeconds, double busySeconds,
        bool resolved)
    {
        var e = new ContactEvent(time, ContactEventKind.Answered, Type(contactType), customer, 0, waitSeconds, agent, resolved, 0);
        Queue(contactType, e);
        Customer(e);
        long handled = _handled[agent] = _handled.GetValueOrDefault(agent) + 1;
        Agent(agent, new AgentUpdate(time, Group(group), AgentActivity.Talking, time + talkSeconds, time + busySeconds, Type(contactType), customer, handled));
    }

    public void ContactAbandoned(double time, int contactType, long customer, double waitSeconds, bool inBot)
    {
        var e = new ContactEvent(time, inBot ? ContactEventKind.AbandonedInBot : ContactEventKind.Abandoned, Type(contactType), customer, 0, waitSeconds, -1,
            false, 0);
        if (!inBot) Queue(contactType, e);
        Customer(e);
    }

    public void ContactContained(double time, int contactType, long customer) =>
        Customer(new ContactEvent(time, ContactEventKind.Contained, Type(contactType), customer, 0, 0, -1, true, 0));

    public void ContactUnanswered(double time, int contactType, long customer)
    {
        var e = new ContactEvent(time, ContactEventKind.Unanswered, Type(contactType), customer, 0, 0, -1, false, 0);
        Queue(contactType, e);
        Customer(e);
    }

    public void CustomerEnded(double time, int contactType, long customer, int poorExperiences) =>
        Customer(new ContactEvent(time, ContactEventKind.Ended, Type(contactType), customer, 0, 0, -1, false, poorExperiences));

    public void AgentLoggedOn(double time, int agent, int group) =>
        Agent(agent, Still(time, group, AgentActivity.Idle, agent) with { Skills = _skills[group] });

    public void AgentLoggedOff(double time, int agent, int group, bool onBreak) =>
        Agent(agent, Still(time, group, onBreak ? AgentActivity.Break : AgentActivity.Off, agent));

    public void AgentIdle(double time, int agent, int group) => Agent(agent, Still(time, group, AgentActivity.Idle, agent));

    private AgentUpdate Still(double time, int group, AgentActivity activity, int agent) =>
        new(time, Group(group), activity, time, time, null, 0, _handled.GetValueOrDefault(agent));

    private string Type(int contactType) => scenario.ContactTypes[contactType].Id;

    private string Group(int group) => scenario.AgentGroups[group].Id;

    private void Agent(int agent, AgentUpdate update)
    {
        if (!Enabled) return;
        // Only the latest change of a step is sent; the skills a log-on carries must not be lost with it.
        if (update.Skills is null && _agents.TryGetValue(agent, out var pending) && pending.Skills is { } skills) update = update with { Skills = skills };
        _agents[agent] = update;
    }

    private void Queue(int contactType, ContactEvent e)
    {
        if (Enabled) _queues[contactType].Add(e);
    }

    private void Customer(ContactEvent e)
    {
        if (!Enabled) return;
        if (!_customers.TryGetValue(e.Customer, out var events)) _customers[e.Customer] = events = [];
        events.Add(e);
    }
}
