using Simulator.Core.Analytics;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>
/// The simulator reproduces queueing theory where the theory holds: on a grid of centre sizes,
/// loads and patience, simulated service level, ASA, occupancy and abandonment fall within the
/// simulation's own 95 % confidence interval of the Erlang C / Erlang A value, widened a little for
/// the start-up and end of the horizon. Seeds are fixed, so the outcome is reproducible. Small
/// centres near saturation relax to steady state over days (M/M/5 at 98 % over about a week), so
/// the horizon grows as the centre shrinks: every case simulates about a million contacts.
/// </summary>
public class KernelValidityTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, double?> Grid()
    {
        var data = new TheoryData<int, double, double?>();
        foreach (int agents in new[] { 5, 50, 500 })
        {
            foreach (double load in new[] { 0.7, 0.9, 0.98 })
            {
                foreach (double? patience in new double?[] { null, 60, 600 })
                {
                    data.Add(agents, load, patience);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void Simulation_agrees_with_erlang_within_its_confidence_interval(int agents, double load, double? patience)
    {
        int days = agents switch { 5 => 60, 50 => 6, _ => 1 };
        var scenario = SteadyState.Centre(agents, load, patience, days: days);
        var result = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);
        var workload = new IntervalWorkload(load * agents * 3_600 / 300, TimeSpan.FromHours(1), TimeSpan.FromSeconds(300),
            patience is double p ? TimeSpan.FromSeconds(p) : null);
        var model = StaffingCalculator.CreateModel(patience is null ? QueueModelKind.ErlangC : QueueModelKind.ErlangA, workload);
        var theory = model.Evaluate(agents, scenario.Goal);

        Check(result.Overall[Kpi.ServiceLevel], theory.ServiceLevel, "service level");
        Check(result.Overall[Kpi.AverageSpeedOfAnswerSeconds], theory.AverageSpeedOfAnswerSeconds!.Value, "ASA");
        Check(result.Overall[Kpi.Occupancy], theory.Occupancy, "occupancy");
        Check(result.Overall[Kpi.AbandonmentRate], theory.AbandonmentRate, "abandonment");
    }

    private void Check(KpiEstimate estimate, double expected, string what)
    {
        double mean = estimate.Mean!.Value;
        double halfWidth = estimate.CiHigh!.Value - mean;
        output.WriteLine($"{what}: simulated {mean:F4} ± {halfWidth:F4}, theory {expected:F4}, off by {(mean - expected) / Math.Max(halfWidth, 1e-12):F2} " +
            $"half-widths");
        Assert.InRange(expected, mean - 1.5 * halfWidth - 0.002, mean + 1.5 * halfWidth + 0.002);
    }
}
