using System.Buffers.Binary;
using System.Xml.Linq;
using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Reports.Charts;

namespace Simulator.Reports.Tests;

/// <summary>The history and forecast charts render, with marks in their data area, from the first half year of the example history.</summary>
public class HistoryAndForecastChartTests
{
    private static readonly Lazy<HistoryAnalysis> Analysis = new(() =>
    {
        string example = Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "retail-bank-2024.csv");
        string text = string.Join('\n', File.ReadLines(example).Where((l, i) => i == 0 || string.CompareOrdinal(l, "2024-07") < 0));
        return HistoryAnalysis.Of(HistoryReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "half-year.csv", new HistoryReadOptions()));
    });

    private static readonly Lazy<ForecastResult> Forecast = new(() =>
        Forecaster.Run(Analysis.Value.History, new ForecastRequest(new DateOnly(2024, 7, 1), 28, ForecastMethods.Auto, [new SpecialDay(new DateOnly(2024, 7, 4),
            "Closed for training", 0)])));

    private static readonly Lazy<IReadOnlyList<Chart>> Charts = new(() => [.. HistoryCharts.For(Analysis.Value), .. ForecastCharts.For(Forecast.Value)]);

    /// <summary>The charts the renderers themselves make of the example: a chart added to them is tested without being listed here.</summary>
    public static TheoryData<string> Recipes() => [.. Charts.Value.Select(c => c.Name)];

    private static Chart Render(string name) => Charts.Value.Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Recipes))]
    public void Chart_renders_a_full_hd_png_and_an_svg_with_marks_in_its_data_area(string name)
    {
        var chart = Render(name);

        byte[] png = ChartRenderer.Png(chart);
        var svg = XDocument.Parse(chart.Plot.GetSvgXml(ChartRenderer.Width, ChartRenderer.Height));

        Assert.Equal(1920, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(1080, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        double marks = ChartPicture.MarkShare(chart);
        Assert.True(marks > 0.005, $"{marks:P2} of the data area is marked");
    }

    [Fact]
    public void Titles_state_the_finding()
    {
        Assert.Matches(@"^Daily volume: \d+ outlier days \(×\) kept out of any fit", Render("daily-volume").Title);
        Assert.Matches(@"^general: busiest on Monday at \d\d:\d\d, \d+ contacts per interval$", Render("weekday-profile-general").Title);
        Assert.Matches(@"^billing: [\d,]+ contacts a day forecast over 28 days, [+-]?\d+\.\d% on the last 8 weeks$", Render("forecast-billing").Title);
    }

    [Fact]
    public void The_forecast_chart_marks_outliers_in_the_history_tail_and_special_days_in_the_forecast()
    {
        var chart = Render("forecast-general");

        var markers = chart.Plot.GetPlottables<ScottPlot.Plottables.Markers>().ToList();
        Assert.Contains(markers, m => m.LegendText == "Special day");
        Assert.Equal(2, chart.Plot.GetPlottables<ScottPlot.Plottables.FillY>().Count());
    }

    [Fact]
    public void A_history_report_has_the_outlier_table_and_every_chart()
    {
        using var directory = new TemporaryDirectory();

        HistoryReport.WriteReport(directory.Path, Analysis.Value);

        string markdown = File.ReadAllText(directory.File("report.md"));
        Assert.Contains("| Date | Weekday | Contact type | Offered | Expected | Ratio |", markdown);
        Assert.Contains("![", markdown);
        Assert.True(File.Exists(directory.File("weekday-profile-billing.png")));
    }
}
