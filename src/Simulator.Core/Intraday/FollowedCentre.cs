using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Intraday;

/// <summary>
/// A real centre followed through its events (a feed): who waits, who talks, which agents are ready, and the day's tallies, counted as the
/// kernel counts them (a contact belongs to the interval it arrived in; the KPI catalogue's definitions), so a followed day reports with the
/// same tables as a simulated one. Nothing here is drawn: the feed decides every outcome.
/// </summary>
/// <remarks>
/// Out-of-order events: the clock is the latest time seen and never runs back; an event older than the clock is applied as it comes, counted
/// by its own timestamps (its wait is its own answer time less its own arrival). An event that needs a contact the feed has not brought
/// (an answer before its arrival line, say) is refused, with its reason.
/// </remarks>
public sealed class FollowedCentre
{
    /// <summary>Contacts waiting or in talk at once: beyond any real centre; a feed that never ends its contacts is refused past it, not kept.</summary>
    public const int MaxOpenContacts = 1_000_000;

    /// <summary>Agents the feed may name: as many as a scenario's groups may hold.</summary>
    public const int MaxAgents = AgentGroup.MaxAgents;

    private readonly Scenario _scenario;
    private readonly CentreModel _model;
    private readonly ContactTally[] _contacts;
    private readonly double[] _answerWithin;
    private readonly double _shortAbandon;
    private readonly double _intervalSeconds;
    private readonly int _intervals;
    private readonly Dictionary<string, (int Type, double Arrival)> _waiting = [];
    private readonly Dictionary<string, (int Type, double Arrival, double Answered, string Agent)> _talking = [];
    private readonly Dictionary<string, (int Group, FeedAgentState State, int Contacts)> _agents = [];
    private long _arrivals, _answers, _abandonments, _completions;

    public FollowedCentre(Scenario scenario)
    {
        _scenario = scenario.Horizon.Days == 1 ? scenario : scenario.WithDays(1);
        _model = CentreModel.Compile(_scenario);
        _intervals = _scenario.Horizon.IntervalsPerDay;
        _intervalSeconds = _scenario.Horizon.Interval.TotalSeconds;
        _contacts = new ContactTally[_intervals * _scenario.ContactTypes.Count];
        _answerWithin = [.. _scenario.ContactTypes.Select(t => _scenario.AnswerWithin(t).TotalSeconds)];
        _shortAbandon = _scenario.ServiceLevel.ShortAbandonLimit.TotalSeconds;
        Arrivals = new ArrivalCounts(_model);
    }

    /// <summary>The scenario as followed: one day.</summary>
    public Scenario Scenario => _scenario;

    /// <summary>The compiled model: the forecast the re-forecast updates.</summary>
    public CentreModel Model => _model;

    /// <summary>The latest event time seen, in seconds after the opening.</summary>
    public double Now { get; private set; }

    /// <summary>The feed has ended: the day is over.</summary>
    public bool Finished { get; private set; }

    /// <summary>First contacts by type and interval, for the re-forecast.</summary>
    public ArrivalCounts Arrivals { get; }

    /// <summary>Applies one event; null when applied, else why it was refused (the centre is unchanged).</summary>
    public string? Apply(FeedEvent e)
    {
        if (Finished) return "the feed has ended.";
        switch (e.Kind)
        {
            case FeedEventKind.Arrival:
                {
                    string id = e.Contact!;
                    if (_waiting.ContainsKey(id) || _talking.ContainsKey(id)) return $"contact '{id}' has already arrived and not ended.";
                    if (_waiting.Count + _talking.Count >= MaxOpenContacts)
                    {
                        return $"{MaxOpenContacts:N0} contacts are already waiting or in talk; does the feed report abandons and ends?";
                    }
                    _waiting[id] = (e.ContactType, e.TimeSeconds);
                    Tally(e.TimeSeconds, e.ContactType).Offered++;
                    Arrivals.Add(e.TimeSeconds, e.ContactType);
                    _arrivals++;
                    break;
                }
            case FeedEventKind.Answer:
                {
                    if (!_waiting.TryGetValue(e.Contact!, out var waiting)) return Unknown(e.Contact!, "waiting");
                    if (e.TimeSeconds < waiting.Arrival) return $"contact '{e.Contact}' is answered before it arrived.";
                    if (!_agents.ContainsKey(e.Agent!) && _agents.Count >= MaxAgents) return $"the feed names more than {MaxAgents:N0} agents.";
                    _waiting.Remove(e.Contact!);
                    double wait = e.TimeSeconds - waiting.Arrival;
                    ref var tally = ref Tally(waiting.Arrival, waiting.Type);
                    tally.Answered++;
                    if (wait <= _answerWithin[waiting.Type]) tally.AnsweredWithinThreshold++;
                    tally.AnsweredWaitSeconds += wait;
                    tally.AllWaitSeconds += wait;
                    _talking[e.Contact!] = (waiting.Type, waiting.Arrival, e.TimeSeconds, e.Agent!);
                    var agent = _agents.TryGetValue(e.Agent!, out var known)
                        ? known
                        : (Group: GroupFor(waiting.Type), State: FeedAgentState.Ready, Contacts: 0);
                    _agents[e.Agent!] = agent with { Contacts = agent.Contacts + 1 };
                    _answers++;
                    break;
                }
            case FeedEventKind.Abandon:
                {
                    if (!_waiting.TryGetValue(e.Contact!, out var waiting)) return Unknown(e.Contact!, "waiting");
                    if (e.TimeSeconds < waiting.Arrival) return $"contact '{e.Contact}' abandons before it arrived.";
                    _waiting.Remove(e.Contact!);
                    double wait = e.TimeSeconds - waiting.Arrival;
                    ref var tally = ref Tally(waiting.Arrival, waiting.Type);
                    tally.Abandoned++;
                    if (wait <= _shortAbandon) tally.AbandonedWithinShortLimit++;
                    tally.AllWaitSeconds += wait;
                    _abandonments++;
                    break;
                }
            case FeedEventKind.End:
                {
                    if (!_talking.TryGetValue(e.Contact!, out var talking)) return Unknown(e.Contact!, "answered");
                    if (e.TimeSeconds < talking.Answered) return $"contact '{e.Contact}' ends before it was answered.";
                    _talking.Remove(e.Contact!);
                    Tally(talking.Arrival, talking.Type).HandleSeconds += e.TimeSeconds - talking.Answered;
                    if (_agents.TryGetValue(talking.Agent, out var agent)) _agents[talking.Agent] = agent with { Contacts = Math.Max(0, agent.Contacts - 1) };
                    _completions++;
                    break;
                }
            case FeedEventKind.Agent:
                {
                    if (!_agents.TryGetValue(e.Agent!, out var agent) && _agents.Count >= MaxAgents) return $"the feed names more than {MaxAgents:N0} agents.";
                    _agents[e.Agent!] = (e.Group, e.State, agent.Contacts);
                    break;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "a feed event kind the centre does not know");
        }
        Now = Math.Max(Now, e.TimeSeconds);
        return null;
    }

    /// <summary>The feed has ended: contacts still waiting are left unanswered, as at a close.</summary>
    public void End()
    {
        if (Finished) return;
        foreach (var (_, waiting) in _waiting) Tally(waiting.Arrival, waiting.Type).UnansweredAtClose++;
        _waiting.Clear();
        Finished = true;
    }

    /// <summary>The day's tallies as a replication's result, so the reports read a followed day as they read a simulated one.</summary>
    public ReplicationResult Result()
    {
        int types = _scenario.ContactTypes.Count;
        return new ReplicationResult(0, _intervals, types, [.. _contacts], new TimeTally[_intervals * (types + 1)], new double[_scenario.AgentGroups.Count],
            new double[_scenario.AgentGroups.Count], new double[_intervals * StaffingSchedule.CostComponents], [], 0, _arrivals, _answers, _abandonments,
            _completions);
    }

    /// <summary>The centre now: queues, agents by group as the feed last said, and today's service.</summary>
    public CentreStatus Status()
    {
        var today = new ContactTally();
        foreach (var tally in _contacts) today.Add(tally);
        var kpis = KpiCalculator.Compute(today, new TimeTally(), [], _scenario.ServiceLevel.Definition);
        var queues = _scenario.ContactTypes.Select((type, t) =>
        {
            var here = _waiting.Values.Where(w => w.Type == t).ToList();
            return new QueueStatus(type.Id, here.Count, here.Count == 0 ? 0 : Now - here.Min(w => w.Arrival), false);
        }).ToArray();
        var groups = _scenario.AgentGroups.Select((group, g) =>
        {
            var members = _agents.Values.Where(a => a.Group == g).ToList();
            int busy = members.Count(a => a.Contacts > 0), idle = members.Count(a => a.Contacts == 0 && a.State == FeedAgentState.Ready);
            return new GroupStatus(group.Id, busy + idle, busy, idle, 0);
        }).ToArray();
        var service = new ServiceToday(today.Offered, today.Answered, today.Abandoned, Value(kpis[Kpi.ServiceLevel]),
            Value(kpis[Kpi.AverageSpeedOfAnswerSeconds]), Value(kpis[Kpi.AbandonmentRate]));
        return new CentreStatus(Now, 1, _scenario.Horizon.Start + TimeSpan.FromSeconds(Now), !Finished, Finished, queues, groups, service);

        static double? Value(double v) => double.IsFinite(v) ? v : null;
    }

    private ref ContactTally Tally(double arrival, int type)
    {
        int interval = Math.Clamp((int)Math.Floor(arrival / _intervalSeconds), 0, _intervals - 1);
        return ref _contacts[interval * _scenario.ContactTypes.Count + type];
    }

    /// <summary>An agent first seen answering belongs to the first group with the contact's skill.</summary>
    private int GroupFor(int type)
    {
        string id = _scenario.ContactTypes[type].Id;
        int group = _scenario.AgentGroups.ToList().FindIndex(g => g.Skills.Contains(id));
        return Math.Max(0, group);
    }

    private static string Unknown(string contact, string what) => $"no contact '{contact}' is {what}; its arrival (or answer) line must come first.";
}
