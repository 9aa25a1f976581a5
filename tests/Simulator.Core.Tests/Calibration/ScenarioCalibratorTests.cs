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

    private static double[] TrueEffectiveAgents(Scenario truth) =>
        [.. Enumerable.Range(0, truth.Horizon.IntervalsPerDay).Select(i => truth.AgentGroups[0].Agents.At(i) * (1 - truth.AgentGroups[0].ShrinkageAt(i)))];

    [Fact]
    public void From_the_contact_log_patience_handle_time_and_hidden_availability_are_recovered()
    {
        var (truth, template, log) = Day.Value;
        var observed = ObservedDayBuilder.FromContactLog(log, template, "day.csv", []);

        var result = ScenarioCalibrator.Calibrate(template, observed, Quick, cancellationToken: TestContext.Current.CancellationToken);

        var general = Assert.Single(result.ContactTypes);
        Assert.Equal(180, general.Patience!.Mean.TotalSeconds, 180 * 0.05);
        Assert.Equal(240, general.HandleTime.Mean.TotalSeconds, 240 * 0.02);
        // One day's intervals hold 100–280 calls: the abandon count alone has a standard error of 3–5 calls, which moves the
        // matching availability by about an agent. So the test holds the mean absolute error to 2 agents per interval (about
        // 6 % of the heads), and the day's total available agent-hours, where the noise averages out, to 4 %.
        var truthAgents = TrueEffectiveAgents(truth);
        var found = result.Intervals.Select(i => i.EffectiveAgents).ToArray();
        Assert.True(found.Zip(truthAgents).Average(p => Math.Abs(p.First - p.Second)) < 2.0);
        Assert.Equal(truthAgents.Sum(), found.Sum(), truthAgents.Sum() * 0.04);
        // The calibrated scenario reproduces the observed day within its confidence intervals.
        Assert.InRange(result.After.AbandonmentRate.Observed!.Value, result.After.AbandonmentRate.Simulated.CiLow!.Value,
            result.After.AbandonmentRate.Simulated.CiHigh!.Value);
        Assert.InRange(result.After.AverageSpeedOfAnswerSeconds.Observed!.Value,
            result.After.AverageSpeedOfAnswerSeconds.Simulated.CiLow!.Value, result.After.AverageSpeedOfAnswerSeconds.Simulated.CiHigh!.Value);
        Assert.False(result.Before.AbandonmentRate.Simulated.CiHigh!.Value >= result.Before.AbandonmentRate.Observed!.Value,
            "the template alone should not reproduce the day");
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
