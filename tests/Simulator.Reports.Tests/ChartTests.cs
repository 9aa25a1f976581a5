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

    public static TheoryData<string> Recipes() => ["service-level-by-interval", "abandonment-by-interval", "asa-by-interval", "cost-per-contact", "cost-vs-service-level"];

    private static Chart Render(string name) => ChartRenderer.ForComparison(Options.Value).Single(c => c.Name == name);

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
    }

    [Fact]
    public void A_single_run_gets_its_own_subset_of_charts()
    {
        var charts = ChartRenderer.ForRun(Options.Value[0]);

        Assert.Equal(["service-level-by-interval", "abandonment-by-interval", "asa-by-interval", "cost-per-contact"], charts.Select(c => c.Name));
        Assert.StartsWith("Service level over the day: ", charts[0].Title);
    }
}
