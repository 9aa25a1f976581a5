using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Simulator.Core.Analytics;

namespace Simulator.Core.Tests.Analytics;

public class ErlangCTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly ServiceLevelGoal EightyInTwenty = new(0.80, TimeSpan.FromSeconds(20));

    private static ErlangC WorkedExample() => new(new IntervalWorkload(100, HalfHour, TimeSpan.FromSeconds(180)));

    // callcentrehelper.com "Erlang C formula – made simple": 100 calls per 30 min, AHT 180 s, 80 % in 20 s.
    // The figures (to 4 decimals) agree with the pyworkforce test suite's rounded values (SL 0.888, P(wait) 0.174).
    [Theory]
    [InlineData(11, 0.6821182, 0.3896138, 122.78128, 0.909091)]
    [InlineData(12, 0.4493882, 0.6401580, 40.444940, 0.833333)]
    [InlineData(13, 0.2852705, 0.7955948, 17.116227, 0.769231)]
    [InlineData(14, 0.1741319, 0.8883500, 7.835937, 0.714286)]
    [InlineData(15, 0.1020424, 0.9414528, 3.673525, 0.666667)]
    public void Worked_example_matches_the_published_table(int agents, double waiting, double serviceLevel, double asa, double occupancy)
    {
        var performance = WorkedExample().Evaluate(agents, EightyInTwenty);

        Assert.Equal(10.0, performance.TrafficIntensity, 10);
        Assert.Equal(waiting, performance.ProbabilityOfWaiting, 4);
        Assert.Equal(serviceLevel, performance.ServiceLevel, 4);
        Assert.Equal(asa, performance.AverageSpeedOfAnswerSeconds!.Value, 3);
        Assert.Equal(occupancy, performance.Occupancy, 4);
        Assert.Equal(0, performance.AbandonmentRate);
    }

    [Fact]
    public void Worked_example_needs_14_agents_and_20_scheduled_at_30_percent_shrinkage()
    {
        var recommendation = StaffingCalculator.Recommend(WorkedExample(), EightyInTwenty, shrinkage: 0.30);

        Assert.Equal(14, recommendation.RequiredAgents);
        Assert.Equal(20, recommendation.ScheduledAgents);
    }

    [Fact]
    public void Occupancy_cap_adds_agents_beyond_the_service_level_answer()
    {
        // pyworkforce's test of the same example with max occupancy 0.7: 15 raw positions, 22 scheduled.
        var goal = EightyInTwenty with { MaxOccupancy = 0.70 };

        var recommendation = StaffingCalculator.Recommend(WorkedExample(), goal, shrinkage: 0.30);

        Assert.Equal(15, recommendation.RequiredAgents);
        Assert.Equal(22, recommendation.ScheduledAgents);
        Assert.Equal(0.941, recommendation.Performance.ServiceLevel, 3);
    }

    [Fact]
    public void Second_published_example_360_calls_with_55_agents()
    {
        // "The Erlang-C formula" step-by-step page: λ = 0.2/s, AHT 240 s, N = 55, T = 15 s:
        // E_C = 0.2387, mean wait 8.184 s, P(wait ≤ 15 s) = 0.8459.
        var model = new ErlangC(new IntervalWorkload(360, HalfHour, TimeSpan.FromSeconds(240)));

        var performance = model.Evaluate(55, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(15)));

        Assert.Equal(48.0, performance.TrafficIntensity, 10);
        Assert.Equal(0.2387, performance.ProbabilityOfWaiting, 4);
        Assert.Equal(0.8459, performance.ServiceLevel, 4);
        Assert.Equal(8.184, performance.AverageSpeedOfAnswerSeconds!.Value, 3);
    }

    [Fact]
    public void Agents_at_or_below_the_load_give_an_unstable_queue_not_a_number()
    {
        var performance = WorkedExample().Evaluate(10, EightyInTwenty);

        Assert.False(performance.IsStable);
        Assert.Equal(1, performance.ProbabilityOfWaiting);
        Assert.Equal(0, performance.ServiceLevel);
        Assert.Null(performance.AverageSpeedOfAnswerSeconds);
    }

    [Fact]
    public void No_contacts_need_no_agents_and_meet_any_target()
    {
        var model = new ErlangC(new IntervalWorkload(0, HalfHour, TimeSpan.FromSeconds(180)));

        var recommendation = StaffingCalculator.Recommend(model, EightyInTwenty, shrinkage: 0.3);

        Assert.Equal(0, recommendation.RequiredAgents);
        Assert.Equal(0, recommendation.ScheduledAgents);
        Assert.Equal(1, recommendation.Performance.ServiceLevel);
        Assert.Equal(0, recommendation.Performance.Occupancy);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1_000.0)]
    [InlineData(1_000_000.0)]
    [InlineData(1_000_000_000.0)]
    public void Any_hourly_volume_up_to_a_billion_gives_finite_numbers(double contactsPerHour)
    {
        var model = new ErlangC(new IntervalWorkload(contactsPerHour / 2, HalfHour, TimeSpan.FromSeconds(300)));

        var recommendation = StaffingCalculator.Recommend(model, EightyInTwenty, 0.3, neighbourhood: 2);

        foreach (var p in recommendation.Neighbourhood)
        {
            Assert.True(double.IsFinite(p.ServiceLevel) && double.IsFinite(p.ProbabilityOfWaiting) && double.IsFinite(p.Occupancy));
        }
        Assert.True(recommendation.Performance.ServiceLevel >= 0.8);
        Assert.True(recommendation.RequiredAgents >= model.Workload.TrafficIntensity);
    }

    [Fact]
    public void Fifty_thousand_agents_are_evaluated_exactly()
    {
        // A = 49,800 Erlangs on 50,000 agents: the √N-staffing regime where P(wait) is neither 0 nor 1.
        var model = new ErlangC(new IntervalWorkload(49_800, TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(300)));

        var performance = model.Evaluate(50_000, EightyInTwenty);

        Assert.InRange(performance.ProbabilityOfWaiting, 0.01, 0.99);
        Assert.Equal(49_800.0 / 50_000, performance.Occupancy, 12);
    }

    [Property]
    public Property Service_level_never_falls_as_agents_are_added()
    {
        var cases = from volume in Gen.Choose(1, 5_000)
                    from aht in Gen.Choose(10, 900)
                    from threshold in Gen.Choose(0, 120)
                    from extra in Gen.Choose(0, 60)
                    select (volume, aht, threshold, extra);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var model = new ErlangC(new IntervalWorkload(c.volume, HalfHour, TimeSpan.FromSeconds(c.aht)));
            var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(c.threshold));
            int start = (int)Math.Floor(model.Workload.TrafficIntensity) + c.extra;
            return model.Evaluate(start + 1, goal).ServiceLevel >= model.Evaluate(start, goal).ServiceLevel;
        });
    }

    [Property]
    public Property Occupancy_is_traffic_over_agents_when_stable()
    {
        var cases = from volume in Gen.Choose(1, 5_000)
                    from aht in Gen.Choose(10, 900)
                    from extra in Gen.Choose(1, 100)
                    select (volume, aht, extra);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var model = new ErlangC(new IntervalWorkload(c.volume, HalfHour, TimeSpan.FromSeconds(c.aht)));
            int agents = (int)Math.Floor(model.Workload.TrafficIntensity) + c.extra;
            var performance = model.Evaluate(agents, EightyInTwenty);
            return Math.Abs(performance.Occupancy - model.Workload.TrafficIntensity / agents) < 1e-12;
        });
    }

    [Property]
    public Property Required_agents_is_the_smallest_count_that_meets_the_target()
    {
        var cases = from volume in Gen.Choose(1, 3_000)
                    from aht in Gen.Choose(30, 600)
                    from target in Gen.Choose(50, 99)
                    select (volume, aht, target);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var model = new ErlangC(new IntervalWorkload(c.volume, HalfHour, TimeSpan.FromSeconds(c.aht)));
            var goal = new ServiceLevelGoal(c.target / 100.0, TimeSpan.FromSeconds(20));
            int required = model.RequiredAgents(goal);
            return model.Evaluate(required, goal).ServiceLevel >= goal.Target
                && model.Evaluate(required - 1, goal).ServiceLevel < goal.Target;
        });
    }
}
