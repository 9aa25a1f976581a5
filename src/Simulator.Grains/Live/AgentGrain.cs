namespace Simulator.Grains.Live;

/// <summary>
/// An agent as the centre last reported it. The centre's kernel decides (one model for batch and
/// live); the grain keeps the agent's state so a dashboard, a supervisor tool or a test can ask any
/// agent what it is doing, and tells talking from wrap-up by the simulated clock.
/// </summary>
[CollectionAgeLimit(Days = 1)] // an agent off shift or idle for a while (minutes of wall time at 1×) keeps its state
public sealed class AgentGrain : Grain, IAgentGrain
{
    private AgentUpdate? _last;
    private IReadOnlyList<SkillView> _skills = [];

    public Task UpdateAsync(AgentUpdate update)
    {
        if (update.Skills is { } skills) _skills = skills; // sent when the agent logs on
        // Messages between two grains are not promised in order: keep the latest in simulated time.
        if (_last is null || update.Time >= _last.Time) _last = update;
        return Task.CompletedTask;
    }

    public Task<AgentView> GetAsync(double now)
    {
        if (_last is not { } last) return Task.FromResult(new AgentView("", AgentActivity.Off, 0, null, 0, 0, []));
        var activity = last.Activity == AgentActivity.Talking && now >= last.TalkUntil ? AgentActivity.WrapUp : last.Activity;
        double since = activity == AgentActivity.WrapUp && last.Activity == AgentActivity.Talking ? last.TalkUntil : last.Time;
        return Task.FromResult(new AgentView(last.Group, activity, since, last.ContactType, last.Customer, last.Handled, _skills));
    }
}
