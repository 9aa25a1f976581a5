using Simulator.Core.Analytics;
using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

public class FractionalErlangATests
{
    [Theory]
    [InlineData(100, 180, 300)]
    [InlineData(1_800, 240, 120)]
    [InlineData(40, 600, 60)]
    public void At_whole_agents_it_equals_erlang_a(double volume, double handleSeconds, double patienceSeconds)
    {
        var workload = new IntervalWorkload(volume, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(handleSeconds), TimeSpan.FromSeconds(patienceSeconds));
        var model = new ErlangA(workload);
        int load = (int)Math.Ceiling(workload.TrafficIntensity);
        foreach (int agents in new[] { 1, load / 2 + 1, load, load + 3 })
        {
            var expected = model.Evaluate(agents, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20)));

            var actual = FractionalErlangA.Evaluate(workload.ArrivalRatePerSecond, handleSeconds, patienceSeconds, agents);

            Assert.Equal(expected.ProbabilityOfWaiting, actual.ProbabilityOfWaiting, 10);
            Assert.Equal(expected.AbandonmentRate, actual.AbandonmentRate, 10);
            Assert.Equal(expected.AverageSpeedOfAnswerSeconds!.Value, actual.AverageSpeedOfAnswerSeconds!.Value, 7);
        }
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(1.7)]
    [InlineData(9.9)]
    [InlineData(250)]
    public void Blocking_at_whole_agents_equals_erlang_b_and_runs_continuously_between(double traffic)
    {
        for (int agents = 0; agents <= 30; agents++)
        {
            Assert.Equal(ErlangB.Compute(agents, traffic), FractionalErlangA.Blocking(agents, traffic), 12);
            double justBelowNext = FractionalErlangA.Blocking(agents + 1 - 1e-9, traffic);
            Assert.Equal(ErlangB.Compute(agents + 1, traffic), justBelowNext, 7);
            double middle = FractionalErlangA.Blocking(agents + 0.5, traffic);
            Assert.InRange(middle, ErlangB.Compute(agents + 1, traffic), ErlangB.Compute(agents, traffic));
        }
    }

    [Fact]
    public void Abandonment_and_answer_speed_fall_steadily_as_fractional_agents_are_added()
    {
        double previousAbandonment = 1, previousAsa = double.PositiveInfinity;
        for (double agents = 0.05; agents <= 20; agents += 0.05)
        {
            var outcome = FractionalErlangA.Evaluate(0.05, 240, 150, agents);

            Assert.True(outcome.AbandonmentRate < previousAbandonment, $"abandonment rose at {agents} agents");
            Assert.True(outcome.AverageSpeedOfAnswerSeconds < previousAsa, $"ASA rose at {agents} agents");
            previousAbandonment = outcome.AbandonmentRate;
            previousAsa = outcome.AverageSpeedOfAnswerSeconds!.Value;
        }
    }

    [Fact]
    public void Mean_wait_of_all_callers_is_abandonment_times_mean_patience()
    {
        var outcome = FractionalErlangA.Evaluate(0.1, 200, 90, 17.3);

        Assert.Equal(outcome.AbandonmentRate * 90, outcome.MeanWaitSeconds, 12);
    }

    [Fact]
    public void No_agents_lose_every_caller_and_no_callers_wait_for_nobody()
    {
        Assert.Equal(new QueueOutcome(1, 1, null, 90), FractionalErlangA.Evaluate(0.1, 200, 90, 0));
        Assert.Equal(new QueueOutcome(0, 0, 0, 0), FractionalErlangA.Evaluate(0, 200, 90, 3.5));
    }
}
