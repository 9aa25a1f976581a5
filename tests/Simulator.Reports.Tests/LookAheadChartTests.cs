using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports.Charts;

namespace Simulator.Reports.Tests;

/// <summary>The look-ahead's charts (the renderer's own list) draw marks in their data areas, and its report folder holds them beside the tables.</summary>
public class LookAheadChartTests
{
    private static readonly Lazy<(Scenario Scenario, LookAheadResult Look)> Example = new(() =>
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        var live = new Replication(scenario, 0);
        live.Start();
        live.RunUntil(2 * 3_600);
        var look = LookAheadRunner.Run(live, new LookAheadRequest { Replications = 6, Actions = [CentreAction.AddAgents(scenario.AgentGroups[0].Id, 2)] });
        return (scenario, look);
    });

    [Fact]
    public void Each_charted_kpi_draws_its_bands_and_mean_in_the_data_area()
    {
        var (scenario, look) = Example.Value;

        var charts = LookAheadCharts.For(look, scenario.ServiceLevel.Target);

        Assert.Equal(["look-ahead-serviceLevel", "look-ahead-meanQueueLength"], charts.Select(c => c.Name));
        foreach (var chart in charts)
        {
            double marks = ChartPicture.MarkShare(chart);
            Assert.True(marks > 0.005, $"{chart.Name}: {marks:P2} of the data area is marked");
            Assert.Equal((true, false), ChartPicture.TitleBand(chart));
        }
    }

    [Fact]
    public void The_report_folder_holds_the_forecast_and_action_tables_and_every_chart()
    {
        var (scenario, look) = Example.Value;
        string folder = Path.Combine(Path.GetTempPath(), $"look-ahead-report-{Guid.NewGuid():N}");
        try
        {
            LookAheadReport.WriteReport(folder, "Look-ahead", look, scenario.ServiceLevel.Target);

            string markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
            Assert.Contains("## Forecast", markdown, StringComparison.Ordinal);
            Assert.Contains($"| +2 agents of {scenario.AgentGroups[0].Id} from now |", markdown, StringComparison.Ordinal);
            Assert.Contains("| 10:00 |", markdown, StringComparison.Ordinal);
            foreach (string name in new[] { "look-ahead-serviceLevel", "look-ahead-meanQueueLength" })
            {
                Assert.True(File.Exists(Path.Combine(folder, name + ".png")), name);
                Assert.True(File.Exists(Path.Combine(folder, name + ".svg")), name);
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
