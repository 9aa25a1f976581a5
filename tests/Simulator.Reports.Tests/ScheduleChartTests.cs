using System.Buffers.Binary;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;
using Simulator.Reports.Charts;
using SkiaSharp;

namespace Simulator.Reports.Tests;

/// <summary>The schedule charts render with marks in their data area, and a schedule report holds them all.</summary>
public class ScheduleChartTests
{
    private static readonly Lazy<ScheduleReport.Outcome> Outcome = new(() =>
    {
        var scenario = ScenarioLoader.Parse(ScheduleScenarios.Small(days: 7), "charts.yaml");
        var requirement = ScheduleRequirement.FromPlan(scenario, Core.Planning.StaffingPlanner.Plan(scenario, Core.Analytics.QueueModelKind.ErlangC), ["team"]);
        var schedule = ShiftChoice.Solve(scenario, requirement, ShiftChoiceOptions.Default);
        return new ScheduleReport.Outcome(scenario, "erlang-c requirement", schedule, null, null, Roster.Build(scenario, schedule, 2), []);
    });

    public static TheoryData<string> Recipes() => ["coverage-team", "shift-starts", "roster"];

    [Fact]
    public void The_recipe_list_is_the_renderers_own()
    {
        Assert.Equal(Recipes().Select(r => (string)r.Data), ScheduleCharts.For(Outcome.Value).Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Recipes))]
    public void Chart_renders_full_hd_with_marks_in_its_data_area(string name)
    {
        var chart = ScheduleCharts.For(Outcome.Value).Single(c => c.Name == name);

        byte[] png = ChartRenderer.Png(chart);

        Assert.Equal(1920, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(1080, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        double marks = ChartPicture.MarkShare(chart);
        Assert.True(marks > 0.005, $"{marks:P2} of the data area is marked");
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
    }

    [Fact]
    public void The_roster_title_counts_weeks_in_words_and_the_colour_bar_reads_as_clock_times()
    {
        var chart = ScheduleCharts.For(Outcome.Value).Single(c => c.Name == "roster");

        Assert.Contains(" over 2 weeks, ", chart.Title);
        ChartRenderer.Png(chart); // ticks are generated when the chart is laid out
        var bar = chart.Plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>().Single();
        var ticks = bar.Axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        Assert.NotEmpty(ticks);
        Assert.All(ticks, label => Assert.Matches(@"^\d\d:\d\d$", label));
    }

    [Fact]
    public void A_schedule_report_has_the_shift_table_and_every_chart()
    {
        using var directory = new TemporaryDirectory();

        ScheduleCharts.WriteReport(directory.Path, Outcome.Value);

        string markdown = File.ReadAllText(directory.File("report.md"));
        Assert.Contains("| Group | Template | Start | Length | Breaks | Agents | Days |", markdown);
        Assert.All(Recipes(), r => Assert.True(File.Exists(directory.File((string)r.Data + ".png"))));
    }
}
