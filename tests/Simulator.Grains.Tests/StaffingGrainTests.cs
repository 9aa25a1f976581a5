using Simulator.Core.Analytics;
using Simulator.Grains.Hosting;
using Simulator.Grains.Staffing;

namespace Simulator.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class StaffingGrainTests(ClusterFixture fixture)
{
    private static IntervalStaffingRequest WorkedExample(TimeSpan? patience = null) =>
        new(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), patience, 0.8, TimeSpan.FromSeconds(20), "offered", null, 0.3);

    [Fact]
    public async Task Grain_gives_the_published_worked_example()
    {
        var grain = fixture.Client.GetGrain<IStaffingGrain>(0);

        var answer = await grain.RecommendAsync(WorkedExample());

        Assert.Equal("erlangC", answer.Model);
        Assert.Equal(14, answer.RequiredAgents);
        Assert.Equal(20, answer.ScheduledAgents);
        Assert.Equal(0.8884, answer.ServiceLevel, 4);
    }

    [Fact]
    public async Task Grain_answers_exactly_what_the_core_calculator_answers()
    {
        var grain = fixture.Client.GetGrain<IStaffingGrain>(0);
        var volumes = Enumerable.Range(0, 48).Select(i => 50.0 + 40 * i).ToList();

        var answers = await Task.WhenAll(volumes.Select(v => grain.RecommendAsync(WorkedExample(TimeSpan.FromMinutes(3)) with { Volume = v })));

        for (int i = 0; i < volumes.Count; i++)
        {
            var model = new ErlangA(new IntervalWorkload(volumes[i], TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromMinutes(3)));
            var direct = StaffingCalculator.Recommend(model, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20)), 0.3);
            Assert.Equal(direct.RequiredAgents, answers[i].RequiredAgents);
            Assert.Equal(direct.Performance.ServiceLevel, answers[i].ServiceLevel);
            Assert.Equal(direct.Performance.AverageSpeedOfAnswerSeconds, answers[i].AverageSpeedOfAnswerSeconds);
        }
    }

    [Fact]
    public async Task Assessing_too_few_agents_crosses_the_wire_as_an_unbounded_wait()
    {
        var answer = await fixture.Client.GetGrain<IStaffingGrain>(0).AssessAsync(WorkedExample(), 9);

        Assert.Null(answer.AverageSpeedOfAnswerSeconds);
        Assert.Equal(0, answer.ServiceLevel);
    }
}

public class EmbeddedSiloTests
{
    [Fact]
    public async Task Embedded_silo_starts_on_free_ports_and_serves_grains()
    {
        await using var silo = await EmbeddedSilo.StartAsync(TestContext.Current.CancellationToken);

        var answer = await silo.Client.GetGrain<IStaffingGrain>(0).RecommendAsync(
            new IntervalStaffingRequest(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), null, 0.8, TimeSpan.FromSeconds(20), "offered", null, 0.3));

        Assert.Equal(14, answer.RequiredAgents);
    }
}
