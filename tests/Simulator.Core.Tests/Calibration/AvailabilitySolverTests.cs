using Simulator.Core.Analytics;
using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

/// <summary>The availability search against the analytic stand-in, where the true availability is known exactly.</summary>
public class AvailabilitySolverTests
{
    private const double PatienceSeconds = 150;
    private const double HandleSeconds = 240;
    private static readonly double[] Volumes = [60, 110, 170, 210, 190, 160, 120, 70];
    private static readonly double[] Heads = [8, 12, 17, 20, 19, 16, 13, 9];
    private static readonly double[] TrueFactors = [0.9, 0.85, 0.7, 0.75, 0.8, 0.62, 0.9, 0.95];

    private static ErlangAStaffingResponse StandIn() => new(Volumes.Select(v =>
        new IntervalWorkload(v, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(HandleSeconds), TimeSpan.FromSeconds(PatienceSeconds))).ToList());

    /// <summary>What the stand-in says happened with the true availability: the "observed" day, exact.</summary>
    private static List<AvailabilityTarget> ExactTargets(IStaffingResponse response, double[] effectiveAgents)
    {
        var outcome = response.Evaluate(effectiveAgents);
        return Volumes.Select((v, i) => new AvailabilityTarget(Heads[i], v, v * outcome[i].AbandonmentRate, v * (1 - outcome[i].AbandonmentRate),
            outcome[i].AverageSpeedOfAnswerSeconds)).ToList();
    }

    private static double[] TrueAgents => Heads.Select((h, i) => h * TrueFactors[i]).ToArray();

    private static readonly AvailabilitySolverOptions Tight = AvailabilitySolverOptions.Default with { ToleranceStandardErrors = 1e-4, AgentTolerance = 1e-4 };

    [Fact]
    public void The_search_recovers_each_intervals_effective_agents_from_an_exact_day()
    {
        var response = StandIn();

        var solution = AvailabilitySolver.Solve(response, ExactTargets(response, TrueAgents), Tight);

        Assert.True(solution.Converged, solution.Reason);
        for (int i = 0; i < Heads.Length; i++) Assert.Equal(TrueAgents[i], solution.Intervals[i].EffectiveAgents, 2);
        Assert.True(solution.Evaluations <= 25, $"{solution.Evaluations} evaluations");
    }

    [Fact]
    public void Effective_agents_keep_their_fraction()
    {
        var response = StandIn();
        var truth = Heads.Select(_ => 7.3).ToArray();

        var solution = AvailabilitySolver.Solve(response, ExactTargets(response, truth), Tight);

        Assert.All(solution.Intervals, interval => Assert.Equal(7.3, interval.EffectiveAgents, 2));
    }

    [Theory]
    [InlineData(AvailabilityMatch.Abandonment)]
    [InlineData(AvailabilityMatch.AnswerSpeed)]
    public void Either_figure_alone_pins_the_availability_down_when_the_model_is_right(AvailabilityMatch match)
    {
        var response = StandIn();

        var solution = AvailabilitySolver.Solve(response, ExactTargets(response, TrueAgents), Tight with { Match = match });

        for (int i = 0; i < Heads.Length; i++) Assert.Equal(TrueAgents[i], solution.Intervals[i].EffectiveAgents, 2);
    }

    /// <summary>A stand-in where each interval inherits a third of the previous one's shortfall, as a queue carried over would.</summary>
    private sealed class CarryOver(IStaffingResponse inner) : IStaffingResponse
    {
        public int IntervalCount => inner.IntervalCount;

        public IReadOnlyList<IntervalResponse> Evaluate(IReadOnlyList<double> effectiveAgents) =>
            inner.Evaluate(effectiveAgents.Select((a, i) => i == 0 ? a : a - (effectiveAgents[i - 1] - Heads[i - 1]) / 3).Select(a => Math.Max(0, a)).ToList());
    }

    [Fact]
    public void Intervals_that_depend_on_earlier_ones_still_converge_together()
    {
        var response = new CarryOver(StandIn());

        var solution = AvailabilitySolver.Solve(response, ExactTargets(response, TrueAgents), Tight);

        Assert.True(solution.Converged, solution.Reason);
        for (int i = 0; i < Heads.Length; i++) Assert.Equal(TrueAgents[i], solution.Intervals[i].EffectiveAgents, 2);
    }

    /// <summary>
    /// Observed counts drawn around the truth (binomial abandons, ASA with its standard error). The search
    /// stops once every interval is within a tenth of a standard error, which costs fewer evaluations than
    /// solving to the last digit and lands within a twentieth of an agent of that exact solution. How far
    /// either is from the true availability is the data's own noise: 60 to 210 contacts a half-hour.
    /// </summary>
    [Fact]
    public void With_sampling_noise_the_search_stops_at_the_noise_not_at_the_last_digit()
    {
        var response = StandIn();
        var exact = ExactTargets(response, TrueAgents);
        var random = Samples.Generator(5);
        var noisy = exact.Select(t =>
        {
            double share = t.Abandoned / t.Offered;
            double abandoned = MathNet.Numerics.Distributions.Binomial.Sample(random, share, (int)t.Offered);
            double answered = t.Offered - abandoned;
            double se = t.AverageSpeedOfAnswerSeconds!.Value / Math.Sqrt(answered);
            double asa = Math.Max(0, t.AverageSpeedOfAnswerSeconds.Value + se * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1));
            return new AvailabilityTarget(t.Heads, t.Offered, abandoned, answered, asa, se);
        }).ToList();

        var atTheNoise = AvailabilitySolver.Solve(response, noisy);
        var toTheDigit = AvailabilitySolver.Solve(response, noisy, Tight);

        Assert.True(atTheNoise.Converged, atTheNoise.Reason);
        Assert.All(atTheNoise.Blocks, b => Assert.InRange(b.AbandonmentGap + (b.AnswerSpeedGap ?? 0), -0.1, 0.1));
        Assert.True(atTheNoise.Evaluations < toTheDigit.Evaluations, $"{atTheNoise.Evaluations} against {toTheDigit.Evaluations} evaluations");
        Assert.All(atTheNoise.Intervals, i => Assert.Equal(toTheDigit.Intervals[i.Index].EffectiveAgents, i.EffectiveAgents, 0.05));
        double meanError = atTheNoise.Intervals.Average(i => Math.Abs(i.EffectiveAgents - TrueAgents[i.Index]));
        Assert.True(meanError < 1, $"mean error {meanError:0.00} agents");
    }

    /// <summary>A stand-in that only sees agents in quarters, as a simulation whose availability moves in steps might.</summary>
    private sealed class InSteps(IStaffingResponse inner) : IStaffingResponse
    {
        public int IntervalCount => inner.IntervalCount;

        public IReadOnlyList<IntervalResponse> Evaluate(IReadOnlyList<double> effectiveAgents) =>
            inner.Evaluate(effectiveAgents.Select(a => Math.Floor(a * 4) / 4).ToList());
    }

    [Fact]
    public void A_response_that_moves_in_steps_is_pinned_to_the_step_instead_of_searched_forever()
    {
        var smooth = StandIn();
        var targets = ExactTargets(smooth, TrueAgents.Select(a => a + 0.1).ToArray());

        var solution = AvailabilitySolver.Solve(new InSteps(smooth), targets, Tight with { AgentTolerance = 0.01 });

        Assert.True(solution.Converged, solution.Reason);
        Assert.True(solution.Evaluations < 40, $"{solution.Evaluations} evaluations");
        for (int i = 0; i < Heads.Length; i++) Assert.InRange(solution.Intervals[i].EffectiveAgents - (TrueAgents[i] + 0.1), -0.26, 0.26);
    }

    [Fact]
    public void A_day_the_model_cannot_reach_ends_at_the_bound_with_a_reason_not_an_exception()
    {
        var response = StandIn();
        var targets = ExactTargets(response, TrueAgents);
        targets[3] = targets[3] with { Abandoned = 0, Answered = targets[3].Offered, AverageSpeedOfAnswerSeconds = 0 };

        var solution = AvailabilitySolver.Solve(response, targets);

        Assert.False(solution.Converged);
        Assert.Equal(BlockOutcome.AtUpperBound, solution.Blocks[3].Outcome);
        Assert.Equal(2 * Heads[3], solution.Intervals[3].EffectiveAgents, 9);
        Assert.Contains("1 at 2× heads", solution.Reason);
    }

    [Fact]
    public void Thin_intervals_share_a_factor_per_part_of_the_day()
    {
        var response = StandIn();
        var targets = ExactTargets(response, Heads.Select(h => h * 0.8).ToArray());
        var blocks = AvailabilityBlocks.Consecutive(targets, minimumOffered: 250);

        var solution = AvailabilitySolver.Solve(response, targets, Tight with { Blocks = blocks });

        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 2], blocks);
        Assert.Equal(3, solution.Blocks.Count);
        Assert.All(solution.Blocks, b => Assert.Equal(0.8, b.Factor, 3));
        Assert.All(solution.Intervals, i => Assert.Equal(solution.Blocks[i.Block].Factor * i.Heads, i.EffectiveAgents, 12));
    }

    [Fact]
    public void Blocks_never_span_two_days()
    {
        var targets = Enumerable.Repeat(new AvailabilityTarget(10, 40, 4, 36, 20), 8).ToList();

        var blocks = AvailabilityBlocks.Consecutive(targets, minimumOffered: 100, intervalsPerDay: 4);

        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], blocks);
    }

    [Fact]
    public void A_history_of_another_length_than_the_model_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => AvailabilitySolver.Solve(StandIn(), [new AvailabilityTarget(10, 40, 4, 36, 20)]));

        Assert.Contains("1 intervals", error.Message);
    }
}
