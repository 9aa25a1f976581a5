using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Simulator.Core.Analytics;

namespace Simulator.Core.Tests.Analytics;

/// <summary>
/// Reference values: pyworkforce's test_abandonment.py (N = 14 row, exact birth–death chain) and an
/// independent 40-digit solution of the truncated M/M/N+M chain with the tagged caller's wait found by
/// uniformisation, which agrees with the closed forms to eight significant figures.
/// </summary>
public class ErlangATests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    private static ErlangA SmallCentre() =>
        new(new IntervalWorkload(100, HalfHour, TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(300)));

    // λ = 1/s, AHT 240 s, patience 120 s: a large, heavily loaded centre.
    private static ErlangA LargeCentre() =>
        new(new IntervalWorkload(1_800, HalfHour, TimeSpan.FromSeconds(240), TimeSpan.FromSeconds(120)));

    [Theory]
    [InlineData(10, 0.599433, 0.109438, 0.516810, 31.2394, 0.890562)]
    [InlineData(11, 0.459775, 0.0699453, 0.656873, 19.6033, 0.845504)]
    [InlineData(12, 0.331802, 0.0427111, 0.772279, 11.8614, 0.797741)]
    [InlineData(13, 0.225797, 0.0249633, 0.858178, 6.91397, 0.750028)]
    [InlineData(14, 0.145260, 0.0139837, 0.916792, 3.87848, 0.704297)]
    public void Small_centre_matches_the_exact_chain(int agents, double waiting, double abandonment, double serviceLevel, double answeredWait, double occupancy)
    {
        var performance = SmallCentre().Evaluate(agents, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20)));

        Assert.Equal(waiting, performance.ProbabilityOfWaiting, 4);
        Assert.Equal(abandonment, performance.AbandonmentRate, 4);
        Assert.Equal(serviceLevel, performance.ServiceLevel, 4);
        Assert.Equal(answeredWait, performance.AverageSpeedOfAnswerSeconds!.Value, 3);
        Assert.Equal(occupancy, performance.Occupancy, 4);
    }

    [Theory]
    [InlineData(230, 0.635873, 0.0561132, 0.932041, 6.65216, 0.984925)]
    [InlineData(240, 0.424355, 0.0301550, 0.966912, 3.51782, 0.969845)]
    [InlineData(250, 0.226509, 0.0131572, 0.986297, 1.52192, 0.947369)]
    public void Large_centre_matches_the_exact_chain(int agents, double waiting, double abandonment, double serviceLevel, double answeredWait, double occupancy)
    {
        var performance = LargeCentre().Evaluate(agents, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(30)));

        Assert.Equal(waiting, performance.ProbabilityOfWaiting, 4);
        Assert.Equal(abandonment, performance.AbandonmentRate, 4);
        Assert.Equal(serviceLevel, performance.ServiceLevel, 4);
        Assert.Equal(answeredWait, performance.AverageSpeedOfAnswerSeconds!.Value, 3);
        Assert.Equal(occupancy, performance.Occupancy, 4);
    }

    [Fact]
    public void Mean_wait_of_all_callers_is_abandonment_over_the_abandon_rate()
    {
        // pyworkforce reports ASA over all arrivals, 0.069919 min = 4.1951 s; by Little's law that is P(abandon)/θ.
        var performance = SmallCentre().Evaluate(14, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20)));

        Assert.Equal(4.1951, performance.AbandonmentRate * 300, 4);
    }

    [Theory]
    [InlineData(14, 20, 0.929794)]
    public void Answered_definition_divides_by_answered_contacts(int agents, int thresholdSeconds, double expected)
    {
        var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(thresholdSeconds), ServiceLevelDefinition.Answered);

        Assert.Equal(expected, SmallCentre().Evaluate(agents, goal).ServiceLevel, 4);
    }

    [Fact]
    public void Answered_definition_in_the_large_centre()
    {
        var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(30), ServiceLevelDefinition.Answered);

        Assert.Equal(0.987450, LargeCentre().Evaluate(230, goal).ServiceLevel, 4);
    }

    [Fact]
    public void Excluding_short_abandons_lies_between_the_offered_and_answered_definitions()
    {
        var offered = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20));
        var model = SmallCentre();

        double Level(ServiceLevelGoal goal) => model.Evaluate(12, goal).ServiceLevel;
        double none = Level(offered with { Definition = ServiceLevelDefinition.ExcludeShortAbandons, ShortAbandonLimit = TimeSpan.Zero });
        double some = Level(offered with { Definition = ServiceLevelDefinition.ExcludeShortAbandons, ShortAbandonLimit = TimeSpan.FromSeconds(10) });
        double all = Level(offered with { Definition = ServiceLevelDefinition.ExcludeShortAbandons, ShortAbandonLimit = TimeSpan.FromDays(365) });

        Assert.Equal(Level(offered), none, 10);
        Assert.InRange(some, none + 1e-6, all - 1e-6);
        Assert.Equal(Level(offered with { Definition = ServiceLevelDefinition.Answered }), all, 8);
    }

    [Theory]
    [InlineData("small", 14, 20, 0.916792, 0.923956)]
    [InlineData("large", 230, 30, 0.932041, 0.987722)]
    public void Short_abandons_match_the_exact_chain(string centre, int agents, int limitSeconds, double answeredWithin, double answeredOrAbandonedWithin)
    {
        // The chain gives P(answered within L) and P(answered or abandoned within L); their difference is
        // the share abandoning within L, which the excludeShortAbandons definition takes out of the offered.
        var model = centre == "small" ? SmallCentre() : LargeCentre();
        var limit = TimeSpan.FromSeconds(limitSeconds);
        var goal = new ServiceLevelGoal(0.8, limit, ServiceLevelDefinition.ExcludeShortAbandons, ShortAbandonLimit: limit);

        double expected = answeredWithin / (1 - (answeredOrAbandonedWithin - answeredWithin));

        Assert.Equal(expected, model.Evaluate(agents, goal).ServiceLevel, 4);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(14)]
    [InlineData(20)]
    public void Endless_patience_gives_erlang_c(int agents)
    {
        var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20));
        var patient = new ErlangA(new IntervalWorkload(100, HalfHour, TimeSpan.FromSeconds(180), TimeSpan.FromDays(1_000)));
        var erlangC = new ErlangC(new IntervalWorkload(100, HalfHour, TimeSpan.FromSeconds(180)));

        var a = patient.Evaluate(agents, goal);
        var c = erlangC.Evaluate(agents, goal);

        Assert.Equal(c.ProbabilityOfWaiting, a.ProbabilityOfWaiting, 4);
        Assert.Equal(c.ServiceLevel, a.ServiceLevel, 4);
        Assert.Equal(c.AverageSpeedOfAnswerSeconds!.Value, a.AverageSpeedOfAnswerSeconds!.Value, 2);
        Assert.Equal(c.Occupancy, a.Occupancy, 4);
        Assert.Equal(0, a.AbandonmentRate, 4);
    }

    [Fact]
    public void Overload_is_stable_because_callers_abandon()
    {
        var performance = SmallCentre().Evaluate(5, new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20)));

        Assert.True(performance.IsStable);
        Assert.InRange(performance.AbandonmentRate, 0.4, 0.6);
        Assert.NotNull(performance.AverageSpeedOfAnswerSeconds);
        Assert.True(performance.Occupancy < 1);
    }

    [Theory]
    [InlineData(1_000.0)]
    [InlineData(1_000_000.0)]
    [InlineData(1_000_000_000.0)]
    public void Huge_centres_give_finite_numbers(double contactsPerHour)
    {
        var model = new ErlangA(new IntervalWorkload(contactsPerHour / 2, HalfHour, TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(120)));
        var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20));

        var recommendation = StaffingCalculator.Recommend(model, goal, 0, neighbourhood: 1);

        Assert.All(recommendation.Neighbourhood, p =>
        {
            Assert.True(double.IsFinite(p.ServiceLevel) && double.IsFinite(p.AbandonmentRate) && double.IsFinite(p.ProbabilityOfWaiting));
            Assert.True(p.AverageSpeedOfAnswerSeconds is double asa && double.IsFinite(asa) && asa >= 0);
        });
        Assert.True(recommendation.Performance.ServiceLevel >= 0.8);
    }

    [Fact]
    public void Required_agents_is_the_smallest_count_that_meets_the_target()
    {
        var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20));

        int required = SmallCentre().RequiredAgents(goal);

        Assert.Equal(13, required); // 12 agents give 0.772, 13 give 0.858
    }

    [Property]
    public Property Service_level_never_falls_as_agents_are_added()
    {
        var cases = from volume in Gen.Choose(1, 3_000)
                    from aht in Gen.Choose(30, 600)
                    from patience in Gen.Choose(10, 1_200)
                    from agents in Gen.Choose(0, 400)
                    from definition in Gen.Elements(Enum.GetValues<ServiceLevelDefinition>())
                    select (volume, aht, patience, agents, definition);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var model = new ErlangA(new IntervalWorkload(c.volume, HalfHour, TimeSpan.FromSeconds(c.aht), TimeSpan.FromSeconds(c.patience)));
            var goal = new ServiceLevelGoal(0.8, TimeSpan.FromSeconds(20), c.definition);
            return model.Evaluate(c.agents + 1, goal).ServiceLevel >= model.Evaluate(c.agents, goal).ServiceLevel - 1e-9;
        });
    }
}
