using System.Buffers.Binary;
using Simulator.Core.Calibration;
using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports.Charts;
using SkiaSharp;

namespace Simulator.Reports.Tests;

/// <summary>Every calibration chart recipe (the renderer's own list) renders with marks in its data area.</summary>
public class CalibrationChartTests
{
    private static readonly Lazy<ScenarioCalibration> Calibration = new(() =>
    {
        string folder = Path.Combine(RepositoryPaths.Root(), "scenarios", "history");
        var truth = ScenarioLoader.Load(Path.Combine(folder, "hidden-availability-day.yaml"));
        var template = ScenarioLoader.Load(Path.Combine(folder, "calibration-template.yaml"));
        var opening = new DateTime(2024, 1, 1) + truth.Horizon.Start;
        var log = ContactRecorder.Record(CentreModel.Compile(truth), 0).Select(r => new LoggedContact(
            opening.AddTicks((long)Math.Floor(r.ArrivalSeconds * TimeSpan.TicksPerSecond)), "general", r.Outcome, r.WaitSeconds, r.HandleSeconds, null, null))
                .ToList();
        return ScenarioCalibrator.Calibrate(template, ObservedDayBuilder.FromContactLog(log, template, "day.csv", []),
            CalibrationOptions.Default with { Replications = 2 });
    });

    public static TheoryData<string> Recipes() => ["abandonment-before-after", "asa-before-after", "handle-time-general", "patience-general"];

    [Fact]
    public void The_recipe_list_is_the_renderers_own()
    {
        Assert.Equal(Recipes().Select(r => (string)r.Data), CalibrationCharts.For(Calibration.Value).Select(c => c.Name));
    }

    [Theory]
    [InlineData("abandonment-before-after")]
    [InlineData("asa-before-after")]
    public void Before_and_after_axes_stop_at_zero_as_drawn(string name)
    {
        var chart = CalibrationCharts.For(Calibration.Value).Single(c => c.Name == name);

        ChartRenderer.Png(chart); // the limits as the picture shows them, after layout

        double bottom = chart.Plot.Axes.GetLimits().Bottom;
        Assert.True(bottom >= 0, $"{name} runs down to {bottom}");
    }

    [Theory]
    [MemberData(nameof(Recipes))]
    public void Chart_renders_a_full_hd_png_with_marks_in_its_data_area(string name)
    {
        var chart = CalibrationCharts.For(Calibration.Value).Single(c => c.Name == name);

        byte[] png = ChartRenderer.Png(chart);

        Assert.Equal(1920, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        double marks = ChartPicture.MarkShare(chart);
        Assert.True(marks > 0.005, $"{marks:P2} of the data area is marked");
    }
}
