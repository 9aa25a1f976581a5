using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// One contact type compiled for the kernel: what its contacts draw (arrivals by interval, handle
/// time, wrap-up, patience, outcomes), how they are judged (threshold, poor wait), and how they are
/// routed (groups that serve it, overflow, priority, chats held at once). Immutable, so every
/// replication of a scenario shares it, on any thread. A new per-type parameter is one property
/// here, read from the scenario in the constructor, and its behaviour in the kernel.
/// </summary>
internal sealed class ContactTypeModel
{
    public ContactTypeModel(Scenario scenario, int index, Timeline timeline, Func<string, int> groupIndex)
    {
        var type = scenario.ContactTypes[index];
        Index = index;
        Id = type.Id;
        IsVoice = type.Channel == Channel.Voice;
        IsEmail = type.Channel == Channel.Email;
        var rates = new double[timeline.TotalIntervals];
        for (int i = 0; i < rates.Length; i++) rates[i] = type.Arrivals.VolumeIn(i, scenario.Horizon) / timeline.IntervalSeconds;
        ArrivalRatesPerSecond = ImmutableCollectionsMarshal.AsImmutableArray(rates);
        _dayProfile = DayProfile(rates, timeline.IntervalsPerDay);
        _timeline = timeline;
        HandleTime = new DurationSampler(type.HandleTime);
        WrapUp = type.WrapUp is null ? null : new DurationSampler(type.WrapUp);
        Patience = type.Patience is null || IsEmail ? null : new DurationSampler(type.Patience);
        AnswerWithinSeconds = scenario.AnswerWithin(type).TotalSeconds;
        PoorWaitSeconds = scenario.PoorWaitLimit(type).TotalSeconds;
        Priority = type.Priority;
        ChatLimit = type.Channel == Channel.Chat ? type.Concurrency.Max : 1;
        ChatSlowdown = type.Concurrency.Slowdown;
        ResolutionRate = type.Resolution.Rate;
        RepeatAfter = type.Resolution.RepeatAfter is { } repeat ? new DurationSampler(repeat) : null;
        RedialShare = type.Redial?.Share ?? 0;
        RedialAfter = type.Redial is { } redial ? new DurationSampler(redial.After) : null;
        Bot = type.Automation is { } automation ? new BotModel(automation) : null;
        ServedBy = [.. scenario.AgentGroups.Select((group, g) => (group, g)).Where(p => p.group.Skills.Contains(type.Id)).Select(p => p.g)];
        OverflowGroups = [.. type.Overflow?.Groups.Select(groupIndex) ?? []];
        OverflowAfterSeconds = type.Overflow?.After.TotalSeconds ?? double.PositiveInfinity;
    }

    private readonly Timeline _timeline;

    /// <summary>[interval]: the share of its day's planned first contacts that has arrived by the interval's end; NaN for a day with none.</summary>
    private readonly double[] _dayProfile;

    public int Index { get; }

    public string Id { get; }

    /// <summary>Voice: the line costs telephony while the customer is on it.</summary>
    public bool IsVoice { get; }

    /// <summary>Email: nobody abandons, and the backlog carries over closed hours until the horizon ends.</summary>
    public bool IsEmail { get; }

    /// <summary>The planned arrival rate in each planning interval of the horizon.</summary>
    public ImmutableArray<double> ArrivalRatesPerSecond { get; }

    public DurationSampler HandleTime { get; }

    /// <summary>Null: no after-contact work.</summary>
    public DurationSampler? WrapUp { get; }

    /// <summary>Null: customers never abandon (always for email).</summary>
    public DurationSampler? Patience { get; }

    /// <summary>The service-level threshold: the type's own or the scenario's.</summary>
    public double AnswerWithinSeconds { get; }

    /// <summary>An answer after this wait is a poor experience.</summary>
    public double PoorWaitSeconds { get; }

    /// <summary>Higher goes first when routing picks by priority.</summary>
    public int Priority { get; }

    /// <summary>Contacts of this type an agent may hold at once: the chat limit, 1 for every other channel.</summary>
    public int ChatLimit { get; }

    /// <summary>A chat held alongside others: each one already held stretches handle time by <see cref="ChatSlowdown"/>.</summary>
    public bool IsChat => ChatLimit > 1;

    public double ChatSlowdown { get; }

    public double ResolutionRate { get; }

    /// <summary>When an unresolved customer comes back; null: never.</summary>
    public DurationSampler? RepeatAfter { get; }

    /// <summary>Share of abandoning customers who redial (after <see cref="RedialAfter"/>).</summary>
    public double RedialShare { get; }

    /// <summary>Null: nobody redials.</summary>
    public DurationSampler? RedialAfter { get; }

    /// <summary>The bot in front of the queue in the scenario; null: none (a live centre may switch it off, <see cref="BotSwitches"/>).</summary>
    public BotModel? Bot { get; }

    /// <summary>Groups with the skill, in scenario order.</summary>
    public ImmutableArray<int> ServedBy { get; }

    /// <summary>Backup groups that take a contact once it has waited <see cref="OverflowAfterSeconds"/>.</summary>
    public ImmutableArray<int> OverflowGroups { get; }

    /// <summary>+∞ when the type has no overflow.</summary>
    public double OverflowAfterSeconds { get; }

    /// <summary>
    /// When a customer who fell due while the centre was closed gets through on open day <paramref name="day"/>:
    /// at the point of that day where a share <paramref name="uniform"/> of the type's planned first contacts
    /// has arrived, so closed-hours returns follow the day's arrival profile (uniformly over the open hours on a
    /// day with no planned contacts of the type) instead of all calling at the opening.
    /// </summary>
    public double ReopeningTime(int day, double uniform)
    {
        int perDay = _timeline.IntervalsPerDay;
        int first = day * perDay;
        if (double.IsNaN(_dayProfile[first]))
        {
            double open = perDay * _timeline.IntervalSeconds;
            return Math.Min(_timeline.IntervalStart(first) + uniform * open, Math.BitDecrement(_timeline.IntervalEnd(first + perDay - 1)));
        }
        int interval = first;
        while (interval < first + perDay - 1 && _dayProfile[interval] <= uniform) interval++;
        double before = interval == first ? 0 : _dayProfile[interval - 1];
        double share = _dayProfile[interval] - before;
        double into = share > 0 ? Math.Clamp((uniform - before) / share, 0, 1) : 0;
        return Math.Min(_timeline.IntervalStart(interval) + into * _timeline.IntervalSeconds, Math.BitDecrement(_timeline.IntervalEnd(interval)));
    }

    private static double[] DayProfile(double[] rates, int perDay)
    {
        var profile = new double[rates.Length];
        for (int first = 0; first < rates.Length; first += perDay)
        {
            double total = 0;
            for (int i = first; i < first + perDay; i++) total += rates[i];
            double cumulative = 0;
            for (int i = first; i < first + perDay; i++)
            {
                cumulative += rates[i];
                profile[i] = total > 0 ? cumulative / total : double.NaN;
            }
        }
        return profile;
    }
}
