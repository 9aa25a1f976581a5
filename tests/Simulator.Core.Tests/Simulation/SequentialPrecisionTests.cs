using MathNet.Numerics.Distributions;
using Simulator.Core.Analytics;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>
/// Stein's two-stage rule stops at the replications its pilot asks for and keeps the stated 95 % coverage: checked on normal
/// values, where it is exact, and on M/M/n centres against Erlang C. Seeds are fixed, so each check is reproducible.
/// </summary>
public class SequentialPrecisionTests(ITestOutputHelper output)
{
    [Fact]
    public void The_pilot_asks_for_t_squared_s_squared_over_h_squared_replications_capped_at_the_maximum()
    {
        var pilot = new KpiAccumulator();
        foreach (double v in new[] { 0.80, 0.84, 0.78, 0.86, 0.82, 0.79, 0.85, 0.81, 0.83, 0.82 }) pilot.Add(v);
        double t = StudentT.InvCDF(0, 1, 9, 0.975);
        int expected = (int)Math.Ceiling(Math.Pow(t * Math.Sqrt(pilot.Variance) / 0.005, 2));

        Assert.Equal(expected, SequentialPrecision.Required(pilot, 0.005, 1_000));
        Assert.Equal(10, SequentialPrecision.Required(pilot, 1.0, 1_000)); // never fewer than the pilot
        Assert.Equal(50, SequentialPrecision.Required(pilot, 0.0001, 50));
        Assert.Equal(50, SequentialPrecision.Required(new KpiAccumulator(), 0.01, 50)); // no spread to go by: run them all
    }

    [Fact]
    public async Task A_target_is_met_with_the_replications_it_needs_and_a_missed_one_says_so()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 1_000).Select(_ => Normal.Sample(random, 0.8, 0.04)).ToArray();
        var statistic = new KpiAccumulator();
        Task Batch(int from, int to)
        {
            for (int i = from; i < to; i++) statistic.Add(values[i]);
            return Task.CompletedTask;
        }

        var met = await SequentialPrecision.RunAsync([new PrecisionGoal(null, Kpi.ServiceLevel, 0.005, () => statistic)], 1_000, Batch);

        Assert.True(met.Met);
        Assert.InRange(met.Replications, 11, 999);
        Assert.Equal(met.Replications, statistic.Count);
        Assert.True(met.Kpis[0].HalfWidth <= 0.005);

        statistic = new KpiAccumulator();
        var missed = await SequentialPrecision.RunAsync([new PrecisionGoal(null, Kpi.ServiceLevel, 0.0005, () => statistic)], 40, Batch);
        Assert.False(missed.Met);
        Assert.Equal(40, missed.Replications);
        Assert.True(missed.Kpis[0].HalfWidth > 0.0005);
    }

    [Fact]
    public async Task Stein_intervals_cover_the_true_mean_95_percent_of_the_time_on_normal_values()
    {
        const int Repetitions = 2_000;
        var random = new Random(17);
        int covered = 0;
        for (int repetition = 0; repetition < Repetitions; repetition++)
        {
            var statistic = new KpiAccumulator();
            var outcome = await SequentialPrecision.RunAsync([new PrecisionGoal(null, Kpi.ServiceLevel, 0.01, () => statistic)], 10_000, (from, to) =>
            {
                for (int i = from; i < to; i++) statistic.Add(Normal.Sample(random, 0.8, 0.05));
                return Task.CompletedTask;
            });
            if (Math.Abs(statistic.Mean - 0.8) <= outcome.Kpis[0].HalfWidth) covered++;
        }

        double coverage = (double)covered / Repetitions;
        output.WriteLine($"coverage {coverage:P1} over {Repetitions} repetitions");
        Assert.InRange(coverage, 0.94, 0.96); // exact in theory; ± 1 % is about two standard errors at 2,000 repetitions
    }

    /// <summary>
    /// Small M/M/n centres (a day after a 2-hour warm-up) run to a precision target on occupancy and service level, 200 times with
    /// different seeds: the Stein interval covers the Erlang C value about 95 % of the time. Occupancy is unbiased over a horizon
    /// in steady state; service level is a ratio, whose small bias the looser lower bound allows for.
    /// </summary>
    [Fact]
    public async Task Stein_intervals_cover_erlang_c_about_95_percent_of_the_time_on_m_m_n()
    {
        const int Repetitions = 200;
        const int Agents = 5;
        const double Load = 0.8;
        var workload = new IntervalWorkload(Load * Agents * 3_600 / 300, TimeSpan.FromHours(1), TimeSpan.FromSeconds(300), null);
        var theory = StaffingCalculator.CreateModel(QueueModelKind.ErlangC, workload).Evaluate(Agents, SteadyState.Centre(Agents, Load, null).Goal);
        int occupancyCovered = 0, serviceLevelCovered = 0, replications = 0;
        for (int repetition = 0; repetition < Repetitions; repetition++)
        {
            var scenario = SteadyState.Centre(Agents, Load, null, replications: 200, seed: 1_000 + repetition);
            var accumulator = new ExperimentAccumulator(scenario);
            var outcome = await SequentialPrecision.RunAsync(
                [
                    new PrecisionGoal(null, Kpi.Occupancy, 0.015, () => accumulator.Overall[Kpi.Occupancy]),
                    new PrecisionGoal(null, Kpi.ServiceLevel, 0.04, () => accumulator.Overall[Kpi.ServiceLevel]),
                ],
                scenario.Replications,
                (from, to) =>
                {
                    ExperimentRunner.RunInOrder(scenario, from, to, r => accumulator.Add(r), cancellationToken: TestContext.Current.CancellationToken);
                    return Task.CompletedTask;
                });
            Assert.True(outcome.Met);
            replications += outcome.Replications;
            if (Math.Abs(accumulator.Overall[Kpi.Occupancy].Mean - theory.Occupancy) <= outcome.Kpis[0].HalfWidth) occupancyCovered++;
            if (Math.Abs(accumulator.Overall[Kpi.ServiceLevel].Mean - theory.ServiceLevel) <= outcome.Kpis[1].HalfWidth) serviceLevelCovered++;
        }

        output.WriteLine($"occupancy covered {occupancyCovered} of {Repetitions}, service level {serviceLevelCovered}; " +
            $"{(double)replications / Repetitions:F1} replications on average");
        Assert.InRange(occupancyCovered / (double)Repetitions, 0.92, 0.98);
        Assert.InRange(serviceLevelCovered / (double)Repetitions, 0.90, 0.98);
    }
}
