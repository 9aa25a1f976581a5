using Simulator.Core.Calibration;
using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Calibration;

/// <summary>
/// Calibration on a known truth: a day simulated with exponential patience of 180 s, lognormal handle times of mean
/// 240 s and an availability hidden below the heads (scenarios/history/hidden-availability-day.yaml) is written as a
/// contact log and calibrated from the template, which has the heads but neither the availability nor the durations.
/// </summary>
public class ScenarioCalibratorTests
{
    private static readonly Lazy<(Scenario Truth, Scenario Template, IReadOnlyList<LoggedContact> Log)> Day = new(() =>
    {
        var truth = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "hidden-availability-day.yaml"));
        var template = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "calibration-template.yaml"));
        var opening = new DateTime(2024, 1, 1) + truth.Horizon.Start;
        var log = ContactRecorder.Record(CentreModel.Compile(truth), 0).Select(r => new LoggedContact(
            opening.AddTicks((long)Math.Floor(r.ArrivalSeconds * TimeSpan.TicksPerSecond)), truth.ContactTypes[r.ContactType].Id, r.Outcome, r.WaitSeconds,
                r.HandleSeconds,
            r.Agent >= 0 ? $"a{r.Agent}" : null, r.Customer.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return (truth, template, log);
    });

    private static readonly CalibrationOptions Quick = CalibrationOptions.Default with { Replications = 6 };

    private static readonly Lazy<ScenarioCalibration> FromLog = new(() =>
    {
        var (_, template, log) = Day.Value;
        return ScenarioCalibrator.Calibrate(template, ObservedDayBuilder.FromContactLog(log, template, "day.csv", []), Quick);
    });

    private static double[] TrueEffectiveAgents(Scenario truth) =>
        [.. Enumerable.Range(0, truth.Horizon.IntervalsPerDay).Select(i => truth.AgentGroups[0].Agents.At(i) * (1 - truth.AgentGroups[0].ShrinkageAt(i)))];

    [Fact]
    public void From_the_contact_log_patience_handle_time_and_hidden_availability_are_recovered()
    {
        var truth = Day.Value.Truth;

        var result = FromLog.Value;

        var general = Assert.Single(result.ContactTypes);
        Assert.Equal(180, general.Patience!.Mean.TotalSeconds, 180 * 0.05);
        Assert.Equal(240, general.HandleTime.Mean.TotalSeconds, 240 * 0.02);
        // The log names each answered contact's agent, so availability is counted (busy time, and idle time while no contact waited), not
        // fitted to the day's abandons: 0.09 agents per interval from the truth on this day. Fitting abandons and ASA per interval instead
        // chased the day's own noise (3–5 abandons of standard error per interval, about an agent) and missed by 1–2 agents.
        var truthAgents = TrueEffectiveAgents(truth);
        var found = result.Intervals.Select(i => i.EffectiveAgents).ToArray();
        Assert.True(found.Zip(truthAgents).Average(p => Math.Abs(p.First - p.Second)) < 0.2);
        Assert.Equal(truthAgents.Sum(), found.Sum(), truthAgents.Sum() * 0.01);
        // The observed day is one draw of the truth, so the calibrated scenario must hold it within the spread of one simulated day (the
        // prediction interval: the mean's confidence half-width × √(n + 1)), not within the mean's confidence interval.
        AssertWithinOneDaysSpread(result.After.AbandonmentRate);
        AssertWithinOneDaysSpread(result.After.AverageSpeedOfAnswerSeconds);
        Assert.False(result.Before.AbandonmentRate.Simulated.CiHigh!.Value >= result.Before.AbandonmentRate.Observed!.Value,
            "the template alone should not reproduce the day");
    }

    [Fact]
    public void The_calibrated_scenario_reproduces_the_truths_own_mean_where_agent_ids_are_logged()
    {
        var truth = Day.Value.Truth;

        var result = FromLog.Value;

        // What the hidden truth does on average over its own replications, which the one observed day only samples.
        var truthRun = ExperimentRunner.Run(truth, maxParallelism: 2, cancellationToken: TestContext.Current.CancellationToken);
        double truthMean = truthRun.Overall[Kpi.AbandonmentRate].Mean!.Value;
        Assert.True(result.Availability.Measured);
        Assert.InRange(truthMean, result.After.AbandonmentRate.Simulated.CiLow!.Value, result.After.AbandonmentRate.Simulated.CiHigh!.Value);
    }

    private static void AssertWithinOneDaysSpread(ObservedKpi kpi)
    {
        var simulated = kpi.Simulated;
        double half = (simulated.CiHigh!.Value - simulated.CiLow!.Value) / 2 * Math.Sqrt(simulated.Replications + 1);
        Assert.InRange(kpi.Observed!.Value, simulated.Mean!.Value - half, simulated.Mean!.Value + half);
    }

    [Fact]
    public void From_interval_history_patience_handle_time_and_availability_are_recovered_more_loosely()
    {
        var (truth, template, log) = Day.Value;
        var csv = new System.Text.StringBuilder("arrival,contactType,outcome,waitSeconds,handleSeconds\n");
        foreach (var row in log)
            csv.Append(($"{row.Arrival:yyyy-MM-dd HH:mm:ss.fffffff},{row.ContactType},{ContactOutcomes.Name(row.Outcome)}," +
                $"{row.WaitSeconds},{row.HandleSeconds}\n").Replace("NaN", ""));
        var intervals = HistoryReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv.ToString())), "day.csv",
            new HistoryReadOptions(template.Horizon.Interval));
        var observed = ObservedDayBuilder.FromIntervalHistory(intervals, template, []);

        var result = ScenarioCalibrator.Calibrate(template, observed, Quick, cancellationToken: TestContext.Current.CancellationToken);

        var general = Assert.Single(result.ContactTypes);
        // Interval totals know only the mean handle time (exact up to the day's sample) and, for patience, Erlang A's relation
        // between abandonment and ASA per interval (its median over 20 intervals): 15 % on patience is what 20 intervals of this
        // size allow (the order-statistic interval of the median spans about ±15 % here), and 3 agents per interval on availability,
        // since an exponential fit of the wrong shape to lognormal handle times shifts each interval's match.
        Assert.Equal(240, general.HandleTime.Mean.TotalSeconds, 240 * 0.02);
        Assert.Equal(180, general.Patience!.Mean.TotalSeconds, 180 * 0.15);
        var truthAgents = TrueEffectiveAgents(truth);
        Assert.True(result.Intervals.Select(i => i.EffectiveAgents).Zip(truthAgents).Average(p => Math.Abs(p.First - p.Second)) < 3.0);
        Assert.InRange(result.After.AbandonmentRate.Observed!.Value, result.After.AbandonmentRate.Simulated.CiLow!.Value,
            result.After.AbandonmentRate.Simulated.CiHigh!.Value);
    }
}
