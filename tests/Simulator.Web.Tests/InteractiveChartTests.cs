using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.Playwright;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Simulator.Cli;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports;
using Simulator.Reports.Charts;
using Simulator.Web.Components.Parts;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>
/// The interactive charts: the series a chart is handed (values, intervals, titles as the report's), the scripts that
/// draw them served by the app itself, and the chart drawn in a real browser after a run.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class InteractiveChartTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly BunitContext _bunit = new();

    private static ExperimentResult Run(string yaml, string name = "small.yaml") =>
        ExperimentRunner.Run(ScenarioLoader.Parse(yaml, name), cancellationToken: Xunit.TestContext.Current.CancellationToken);

    private IRenderedComponent<InteractiveChart> Render(ChartFigure figure)
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        return _bunit.Render<InteractiveChart>(p => p.Add(c => c.Figure, figure));
    }

    private static double?[] Ys(ITrace trace) => [.. ((Scatter)trace).Y.Select(v => v is double d ? d : (double?)null)];

    [Fact]
    public void The_service_level_chart_gets_each_intervals_mean_and_95_percent_interval_in_percent_the_target_and_the_reports_title()
    {
        var result = Run(ScheduleScenarios.Small(replications: 3));
        var chart = Render(ChartFigures.ServiceLevelByInterval(result)).FindComponent<PlotlyChart>().Instance;

        double? Percent(double? share) => share * 100;
        var rows = result.Intervals.Select(r => r[Kpi.ServiceLevel]).ToArray();
        Assert.Equal(4, chart.Data.Count);
        Assert.Equal(rows.Select(r => Percent(r.CiLow ?? r.Mean)), Ys(chart.Data[0]));
        Assert.Equal(rows.Select(r => Percent(r.CiHigh ?? r.Mean)), Ys(chart.Data[1]));
        Assert.Equal(rows.Select(r => Percent(r.Mean)), Ys(chart.Data[2]));
        Assert.Contains(rows, r => r.CiHigh > r.CiLow);
        Assert.Equal([80.0, 80.0], Ys(chart.Data[3]));
        Assert.Equal("Target 80.0%", ((Scatter)chart.Data[3]).Name);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (object)$"{8 + i / 2:00}:{i % 2 * 30:00}"), ((Scatter)chart.Data[2]).X);

        Assert.Equal(ChartRenderer.Finding(ChartData.Of(result), Kpi.ServiceLevel), chart.Layout.Title.Text);
        Assert.StartsWith("Service level over the day: ", chart.Layout.Title.Text, StringComparison.Ordinal);
        Assert.Equal("Interval start", chart.Layout.XAxis[0].Title.Text);
        Assert.Equal("Answered within 20s (%)", chart.Layout.YAxis[0].Title.Text);
    }

    [Fact]
    public void The_trade_off_chart_puts_each_option_at_its_cost_and_service_level_with_both_intervals_and_fills_only_the_efficient()
    {
        var baseline = Run(ScheduleScenarios.Small(replications: 4));
        var more = Run(ScheduleScenarios.Small(replications: 4).Replace("name: Small schedule", "name: Nine agents").Replace("agents: 5", "agents: 9"));
        var comparison = new Comparison(baseline, [more]);
        Assert.True(ChartFigures.HasTradeOff(comparison));
        var chart = Render(ChartFigures.CostVersusServiceLevel(comparison)).FindComponent<PlotlyChart>().Instance;

        Assert.Equal(ChartRenderer.CostVersusServiceLevelTitle, chart.Layout.Title.Text);
        Assert.Equal("Service level (%)", chart.Layout.YAxis[0].Title.Text);
        Assert.StartsWith("Cost per handled contact", chart.Layout.XAxis[0].Title.Text, StringComparison.Ordinal);
        Assert.Equal(2, chart.Data.Count);
        var data = ChartData.Of(comparison);
        for (int o = 0; o < 2; o++)
        {
            var point = (Scatter)chart.Data[o];
            var option = data.Options[o];
            var cost = option.Overall[Kpi.CostPerContact];
            var level = option.Overall[Kpi.ServiceLevel];
            Assert.Equal(cost.Mean, Assert.Single(point.X));
            Assert.Equal(level.Mean * 100, Assert.Single(point.Y));
            Assert.Equal(cost.CiHigh!.Value - cost.Mean!.Value, (double)Assert.Single(point.ErrorX.Array), 9);
            Assert.Equal(cost.Mean!.Value - cost.CiLow!.Value, (double)Assert.Single(point.ErrorX.ArrayMinus), 9);
            Assert.Equal((level.CiHigh!.Value - level.Mean!.Value) * 100, (double)Assert.Single(point.ErrorY.Array), 9);
            bool efficient = ChartRenderer.Efficient(data, o);
            Assert.Equal(efficient, point.Name.EndsWith(" (efficient)", StringComparison.Ordinal));
            Assert.Equal(efficient ? "Circle" : "CircleOpen", Symbol(point));
        }
        // Nine agents answer significantly more within 20 s; the baseline is cheaper per contact or not significantly dearer: the
        // better service is never left unfilled, and a point is left open only where the comparison says another beats it.
        Assert.Equal(1, comparison.Compare(1, 0, Kpi.ServiceLevel));
        Assert.Equal("Circle", Symbol((Scatter)chart.Data[1]));

        // The same option twice: no difference is significant, so neither is marked down.
        var same = Render(ChartFigures.CostVersusServiceLevel(new Comparison(baseline, [baseline]))).FindComponent<PlotlyChart>().Instance;
        Assert.All(same.Data, t => Assert.Equal("Circle", Symbol((Scatter)t)));
    }

    private static string? Symbol(Scatter point) => point.Marker.Symbol?.ToString();

    [Fact]
    public void The_live_chart_shows_todays_points_so_far_and_redraws_in_place_as_an_interval_ends()
    {
        var scenario = ScenarioLoader.Parse(ScheduleScenarios.Small(), "small.yaml");
        var cut = Render(ChartFigures.LiveServiceLevel(scenario, [(0, 0.9), (1, double.NaN)]));
        var chart = cut.FindComponent<PlotlyChart>().Instance;
        Assert.Equal([90.0, null], Ys(chart.Data[0]));
        Assert.Equal(["08:00", "08:30"], ((Scatter)chart.Data[0]).X);
        Assert.Equal("Service level today: nothing answered yet", chart.Layout.Title.Text);
        Assert.Equal(12, ((Scatter)chart.Data[1]).X.Count);
        Assert.Equal("13:30", ((Scatter)chart.Data[1]).X[^1]);

        cut.Render(p => p.Add(c => c.Figure, ChartFigures.LiveServiceLevel(scenario, [(0, 0.9), (1, double.NaN), (2, 0.755)])));
        chart = cut.FindComponent<PlotlyChart>().Instance;
        Assert.Equal([90.0, null, 75.5], Ys(chart.Data[0]));
        Assert.Equal("Service level today: 75.5% at the end of 09:00's interval", chart.Layout.Title.Text);
        Assert.Contains(_bunit.JSInterop.Invocations, i => i.Identifier == "react");
    }

    [Fact]
    public async Task Every_served_script_answers_200_with_its_type_compressed_when_asked_and_304_when_the_browser_has_it()
    {
        Assert.Contains(Assets.Files.Keys, k => k.StartsWith("_content/Plotly.Blazor/plotly-basic-", StringComparison.Ordinal));
        Assert.Contains(Assets.Files.Keys, k => k.StartsWith("_content/Plotly.Blazor/plotly-interop-", StringComparison.Ordinal));
        var cancel = Xunit.TestContext.Current.CancellationToken;
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        foreach (var (name, type) in Assets.Files)
        {
            using var plain = await client.GetAsync(workspace.BaseUrl + name, cancel);
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.Equal(type, plain.Content.Headers.ContentType!.ToString());
            byte[] body = await plain.Content.ReadAsByteArrayAsync(cancel);
            Assert.Empty(plain.Content.Headers.ContentEncoding);

            using var ask = new HttpRequestMessage(HttpMethod.Get, workspace.BaseUrl + name);
            ask.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
            using var compressed = await client.SendAsync(ask, cancel);
            Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
            byte[] packed = await compressed.Content.ReadAsByteArrayAsync(cancel);
            using (var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress))
            {
                using var back = new MemoryStream();
                brotli.CopyTo(back);
                Assert.Equal(body, back.ToArray());
            }
            Assert.True(packed.Length < body.Length / 2, $"{name} compressed to {packed.Length} of {body.Length}");

            using var again = new HttpRequestMessage(HttpMethod.Get, workspace.BaseUrl + name);
            again.Headers.TryAddWithoutValidation("If-None-Match", plain.Headers.ETag!.ToString());
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task After_a_run_the_page_draws_the_service_level_chart_with_the_values_run_prints_as_json_and_loads_every_script_it_asks_for()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        const string example = "retail-bank-weekday.yaml";
        var page = await workspace.NewPageAsync();
        var scripts = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "script") lock (scripts) scripts.Add(response);
        };
        await page.GotoAsync(workspace.BaseUrl + $"run?file={example}");
        await page.Locator("#circuit-up").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.FillAsync("#replications", "3");
        await page.FillAsync("#seed", "11");
        await page.PressAsync("#seed", "Tab");
        await page.ClickAsync("#run");
        var chart = page.Locator("#chart-service-level-by-interval.js-plotly-plot");
        await chart.Locator(".scatterlayer .trace").Nth(3).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.Locator("#chart-asa-by-interval .scatterlayer .trace").Nth(2).WaitForAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "run-interactive-chart");

        var output = new StringWriter();
        Assert.Equal(0, await CcsimApp.RunAsync(["run", Path.Combine(workspace.ScenariosFolder, example), "-r", "3", "-s", "11", "--format", "json"], output,
            new StringWriter()));
        var intervals = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("intervals").EnumerateArray()
            .Select(i => i.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean"))
            .Select(m => m.ValueKind == JsonValueKind.Number ? m.GetDouble() * 100 : (double?)null).ToArray();

        // Band low, band high, the scenario's line, the target: four traces, the line with a point per interval with a level.
        Assert.Equal(4, await chart.Locator(".scatterlayer .trace").CountAsync());
        var line = chart.Locator(".scatterlayer .trace").Nth(2);
        Assert.Equal(intervals.Count(v => v is not null), await line.Locator(".points path.point").CountAsync());
        var plotted = await chart.EvaluateAsync<JsonElement>("gd => gd.data[2].y");
        Assert.Equal(intervals, plotted.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null));
        string title = (await chart.Locator(".gtitle").TextContentAsync())!;
        Assert.StartsWith("Service level over the day: ", title, StringComparison.Ordinal);
        Assert.Equal(await page.Locator(".figure[data-kpi=serviceLevel] .value").InnerTextAsync(), title["Service level over the day: ".Length..]);

        Assert.Contains(scripts, r => r.Url.Contains("/_content/Plotly.Blazor/plotly-basic-", StringComparison.Ordinal));
        Assert.Contains(scripts, r => r.Url.Contains("/_content/Plotly.Blazor/plotly-interop-", StringComparison.Ordinal));
        Assert.All(scripts, r =>
        {
            Assert.True(r.Status == 200, $"{r.Url} answered {r.Status}");
            Assert.StartsWith("text/javascript", r.Headers["content-type"], StringComparison.Ordinal);
        });
    }

    public void Dispose() => _bunit.Dispose();
}
