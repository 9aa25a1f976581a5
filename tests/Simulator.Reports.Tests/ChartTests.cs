using System.Buffers.Binary;
using System.Xml.Linq;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports.Charts;

namespace Simulator.Reports.Tests;

/// <summary>Every chart recipe renders: a valid 1920×1080 PNG and an SVG, from a small real experiment.</summary>
public class ChartTests
{
    private static readonly Lazy<IReadOnlyList<ExperimentResult>> Options = new(() =>
    {
        var file = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        return [.. new[] { file.Base }.Concat(file.Variants.Select(v => v.Scenario)).Select(s => ExperimentRunner.Run(s with { Replications = 3 }))];
    });

    /// <summary>The bank over six days with a training programme on day 2, against itself without: the charts over the days.</summary>
    private static readonly Lazy<IReadOnlyList<ExperimentResult>> Training = new(() =>
    {
        var bank = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        var days = bank with { Name = "No training", Replications = 3, Horizon = bank.Horizon with { Days = 6 } };
        var trained = days with
        {
            Name = "Coaching on day 2",
            Training = [new TrainingProgramme("coaching", bank.AgentGroups[0].Id, 2, 1, 2, 20, null, 0.85, 0, 1, null)],
        };
        return [ExperimentRunner.Run(days), ExperimentRunner.Run(trained)];
    });

    public static TheoryData<string> Recipes() =>
        ["service-level-by-interval", "abandonment-by-interval", "asa-by-interval", "cost-per-contact", "cost-breakdown", "cost-vs-service-level", "aht-by-day", "cost-per-contact-by-day"];

    private static Chart Render(string name) =>
        ChartRenderer.ForComparison(Options.Value).Concat(ChartRenderer.ForComparison(Training.Value)).First(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Recipes))]
    public void Chart_renders_a_full_hd_png_and_an_svg(string name)
    {
        var chart = Render(name);

        byte[] png = ChartRenderer.Png(chart);
        var svg = XDocument.Parse(chart.Plot.GetSvgXml(ChartRenderer.Width, ChartRenderer.Height));

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(1920, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(1080, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
    }

    [Fact]
    public void Titles_state_the_finding()
    {
        Assert.Matches(@"^Bank with 30 s shorter calls: service level \d+\.\d% against \d+\.\d% for the baseline$", Render("service-level-by-interval").Title);
        Assert.Matches(@": cost per contact \d+\.\d\d against \d+\.\d\d for the baseline$", Render("cost-per-contact").Title);
        Assert.Matches(@"^AHT on day 6: \d+\.\d s for Coaching on day 2, \d+\.\d s for No training$", Render("aht-by-day").Title);
        Assert.Matches(@"^AHT by day: \d+\.\d s on day 1, \d+\.\d s on day 6$", ChartRenderer.AhtByDay([Training.Value[0]]).Title);
    }

    [Fact]
    public void The_cost_breakdown_stacks_each_options_components_to_its_total()
    {
        var chart = ChartRenderer.CostBreakdown(Training.Value);

        var bars = chart.Plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(p => p.Bars).ToList();
        for (int o = 0; o < Training.Value.Count; o++)
        {
            Assert.Equal(Training.Value[o].Overall[Kpi.TotalCost].Mean!.Value, bars.Where(b => b.Position == o).Max(b => b.Value), 6);
        }
        Assert.Contains(chart.Plot.Legend.ManualItems, item => item.LabelText == "Training hours");
    }

    [Fact]
    public void The_days_chart_marks_the_day_training_pays_back()
    {
        var chart = ChartRenderer.AhtByDay(Training.Value);

        var payback = Training.Value[1].Training.Single();
        var marks = chart.Plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().ToList();
        Assert.Equal(payback.PaidBackIn > 0 ? 1 : 0, marks.Count);
        Assert.True(Training.Value[1].Days[^1][Kpi.AverageHandleTimeSeconds].Mean < Training.Value[0].Days[^1][Kpi.AverageHandleTimeSeconds].Mean);
    }

    [Fact]
    public void A_single_run_gets_its_own_subset_of_charts()
    {
        var charts = ChartRenderer.ForRun(Options.Value[0]);

        Assert.Equal(["service-level-by-interval", "abandonment-by-interval", "asa-by-interval", "cost-per-contact", "cost-breakdown"], charts.Select(c => c.Name));
        Assert.Equal(["aht-by-day", "cost-per-contact-by-day"], ChartRenderer.ForRun(Training.Value[1]).Select(c => c.Name).TakeLast(2));
        Assert.StartsWith("Service level over the day: ", charts[0].Title);
    }
}
