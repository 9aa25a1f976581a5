using System.Buffers.Binary;
using System.Xml.Linq;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports.Charts;

namespace Simulator.Reports.Tests;

/// <summary>Every chart recipe renders a full-HD picture with marks in its data area, for every kind of report it belongs to.</summary>
public class ChartTests
{
    /// <summary>The example bank and its variants, two named as the longest option names among the examples (titles must fit them).</summary>
    private static readonly Lazy<Comparison> Options = new(() =>
    {
        var file = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        var results = new[] { file.Base with { Name = LongestBase }, file.Variants[0].Scenario with { Name = LongestOption }, file.Variants[1].Scenario }
            .Select(s => ExperimentRunner.Run(s with { Replications = 3 })).ToList();
        return new Comparison(results[0], results[1..]);
    });

    private const string LongestBase = "Retail bank – multi-skill with chatbot and IVR";
    private const string LongestOption = "Bank – chats to the longest-idle agent";

    /// <summary>
    /// The bank over six days with a training programme on day 2, against itself without: the charts over the days,
    /// whose titles name both options (so they carry the longest example names).
    /// </summary>
    private static readonly Lazy<Comparison> Training = new(() =>
    {
        var bank = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        var days = bank with { Name = LongestBase, Replications = 3, Horizon = bank.Horizon with { Days = 6 } };
        var trained = days with
        {
            Name = LongestOption,
            Training = [new TrainingProgramme("coaching", bank.AgentGroups[0].Id, 2, 1, 2, 20, null, 0.85, 0, 1, null)],
        };
        return new Comparison(ExperimentRunner.Run(days), [ExperimentRunner.Run(trained)]);
    });

    /// <summary>A staffing plan one head above the scenario's in every interval, Erlang's one below: enough to draw optimize's chart.</summary>
    private static ChartData Optimized()
    {
        var result = Options.Value.Baseline;
        var scenario = result.Scenario;
        int perDay = scenario.Horizon.IntervalsPerDay;
        int[][] Plan(int change) => [.. scenario.AgentGroups.Select(g => Enumerable.Range(0, perDay).Select(i => g.Agents.At(i) + change).ToArray())];
        double[][] levels = [.. scenario.AgentGroups.Select(_ => Enumerable.Repeat(0.8, perDay).ToArray())];
        var optimized = new OptimizedStaffing(scenario, [.. scenario.AgentGroups.Select(g => g.Id)], Plan(-1), Plan(1), result, result, levels, true,
            3)
        { DraftPlan = Plan(0) };
        return ChartData.Of(optimized, scenario);
    }

    /// <summary>The example bank with every rate at zero: a scenario that costs nothing.</summary>
    private static readonly Lazy<ExperimentResult> Free = new(() =>
    {
        var bank = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        return ExperimentRunner.Run(bank with { Replications = 2, AgentGroups = [.. bank.AgentGroups.Select(g => g with { CostPerHour = 0 })] });
    });

    /// <summary>Every kind of report: one run, a comparison, a comparison over several days, a staffing plan, a run that costs nothing.</summary>
    private static IEnumerable<ChartData> Reports() =>
        [ChartData.Of(Options.Value.Baseline), ChartData.Of(Options.Value), ChartData.Of(Training.Value), ChartData.Of(Training.Value.Options[0]), Optimized(),
         ChartData.Of(Free.Value)];

    /// <summary>The renderer's own recipe list: a recipe added to it is tested without being listed here.</summary>
    public static TheoryData<string> Recipes() => [.. ChartRenderer.Recipes.Select(r => r.Name)];

    private static Chart Render(string name, ChartData data) => ChartRenderer.Recipes.Single(r => r.Name == name).Render(data);

    [Theory]
    [MemberData(nameof(Recipes))]
    public void Chart_renders_a_full_hd_png_and_an_svg_with_marks_in_its_data_area(string name)
    {
        var recipe = ChartRenderer.Recipes.Single(r => r.Name == name);
        var reports = Reports().Where(recipe.AppliesTo).ToList();
        Assert.NotEmpty(reports);

        foreach (var data in reports)
        {
            var chart = recipe.Render(data);

            byte[] png = ChartRenderer.Png(chart);
            var svg = XDocument.Parse(chart.Plot.GetSvgXml(ChartRenderer.Width, ChartRenderer.Height));
            Assert.Equal(name, chart.Name);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.Equal(1920, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
            Assert.Equal(1080, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            double marks = ChartPicture.MarkShare(chart);
            Assert.True(marks > 0.001, $"{name} with {data.Options.Count} option(s): {marks:P2} of the data area is marked");
            Assert.True(svg.Descendants().Count() > 20, "the SVG draws something");
            Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        }
    }

    [Fact]
    public void Titles_state_the_finding()
    {
        var data = ChartData.Of(Options.Value);
        Assert.Matches(@"^Bank with 30 s shorter calls: service level \d+\.\d% against \d+\.\d% for the baseline$", Render("service-level-by-interval", data)
            .Title);
        Assert.Matches(@": cost per contact \d+\.\d\d against \d+\.\d\d for the baseline$", Render("cost-per-contact", data).Title);
        Assert.Matches(@"^AHT on day 6: \d+\.\d s for Bank – chats to the longest-idle agent, \d+\.\d s for Retail bank – multi-skill with chatbot and IVR$",
            Render("aht-by-day", ChartData.Of(Training.Value)).Title);
        Assert.Matches(@"^AHT by day: \d+\.\d s on day 1, \d+\.\d s on day 6$", Render("aht-by-day", ChartData.Of(Training.Value.Baseline)).Title);
    }

    [Fact]
    public void The_cost_breakdown_stacks_each_options_components_to_its_total()
    {
        var chart = ChartRenderer.CostBreakdown(ChartData.Of(Training.Value));

        var bars = chart.Plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(p => p.Bars).ToList();
        var options = new[] { Training.Value.Baseline, Training.Value.Options[0] };
        for (int o = 0; o < options.Length; o++)
        {
            Assert.Equal(options[o].Overall[Kpi.TotalCost].Mean!.Value, bars.Where(b => b.Position == o).Max(b => b.Value), 6);
        }
        Assert.Contains(chart.Plot.Legend.ManualItems, item => item.LabelText == "Pay in training");
    }

    [Fact]
    public void The_days_chart_marks_the_day_training_pays_back()
    {
        var chart = ChartRenderer.AhtByDay(ChartData.Of(Training.Value));

        var trained = Training.Value.Options[0];
        var payback = trained.Training.Single();
        var marks = chart.Plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().ToList();
        Assert.Equal(payback.PaidBackIn > 0 ? 1 : 0, marks.Count);
        Assert.True(trained.Days[^1][Kpi.AverageHandleTimeSeconds].Mean < Training.Value.Baseline.Days[^1][Kpi.AverageHandleTimeSeconds].Mean);
    }

    [Fact]
    public void Each_report_gets_the_recipes_that_apply_to_it()
    {
        Assert.Equal(["service-level-by-interval", "abandonment-by-interval", "asa-by-interval", "cost-per-contact", "cost-breakdown"],
            ChartRenderer.For(ChartData.Of(Options.Value.Baseline)).Select(c => c.Name));
        Assert.Equal(["aht-by-day", "cost-per-contact-by-day"], ChartRenderer.For(ChartData.Of(Training.Value.Options[0])).Select(c => c.Name).TakeLast(2));
        Assert.Contains("cost-vs-service-level", ChartRenderer.For(ChartData.Of(Options.Value)).Select(c => c.Name));
        Assert.Equal("staffing-by-interval", ChartRenderer.For(Optimized())[0].Name);
        Assert.StartsWith("Service level over the day: ", ChartRenderer.For(ChartData.Of(Options.Value.Baseline))[0].Title);
        Assert.DoesNotContain(ChartRenderer.For(ChartData.Of(Free.Value)), c => c.Name.StartsWith("cost", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_fit_the_figure_however_long_the_option_names()
    {
        var charts = Reports().SelectMany(ChartRenderer.For).ToList();
        Assert.Contains(charts, c => c.Title.Length > 110);

        foreach (var chart in charts)
        {
            var (ink, touchesEdge) = ChartPicture.TitleBand(chart);
            Assert.True(ink, $"no title drawn above {chart.Name}");
            Assert.False(touchesEdge, $"the title of {chart.Name} runs to the edge of the figure: {chart.Title}");
        }
    }

    [Fact]
    public void Value_axes_start_at_zero_and_percentages_stop_at_100()
    {
        string[] percentages = ["service-level-by-interval", "abandonment-by-interval", "cost-vs-service-level"];
        foreach (var chart in Reports().SelectMany(ChartRenderer.For))
        {
            ChartRenderer.Png(chart); // the limits as drawn: layout may autoscale what was set before it
            var limits = chart.Plot.Axes.GetLimits();
            Assert.True(limits.Bottom >= 0, $"{chart.Name} runs down to {limits.Bottom}");
            if (percentages.Contains(chart.Name)) Assert.True(limits.Top <= 100, $"{chart.Name} runs up to {limits.Top}");
        }
    }

    [Fact]
    public void Titles_claim_no_winner_where_options_do_not_differ_significantly()
    {
        var same = ChartData.Of(new Comparison(Options.Value.Baseline, [Options.Value.Baseline]));

        Assert.Matches(@"^Service level: no significant difference between the options \(\d+\.\d% for the baseline\)$",
            Render("service-level-by-interval", same).Title);
        Assert.StartsWith("Cost per contact: no significant difference", Render("cost-per-contact", same).Title);
        Assert.StartsWith("Total cost: no significant difference", Render("cost-breakdown", same).Title);
    }
}
