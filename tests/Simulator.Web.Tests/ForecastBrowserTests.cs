using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Simulator.Cli;

namespace Simulator.Web.Tests;

/// <summary>The History / Forecast page in a real browser: the example history uploaded, forecast, and the page's figures checked against the CLI's.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ForecastBrowserTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task The_forecast_page_shows_the_offered_total_and_backtest_wape_that_forecast_prints_as_json_for_the_example_history()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        string history = Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "retail-bank-2024.csv");
        var page = await workspace.OpenAsync("forecast");
        await page.SetInputFilesAsync("#history-file", history);
        await page.Locator("#history table.report").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.FillAsync("#start", "2025-01-06");
        await page.FillAsync("#days", "7");
        await page.PressAsync("#days", "Tab");
        await page.ClickAsync("#run-forecast");
        var offered = page.Locator(".figure[data-figure=offered][data-contact-type=general]");
        await offered.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        double shownTotal = double.Parse((await offered.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        double shownWape = double.Parse((await page.Locator(".figure[data-figure=wape]").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        await WorkspaceFixture.ChartsShownAsync(page, "#forecast .charts img");
        await page.Locator("#forecast-heading").EvaluateAsync("e => e.scrollIntoView()");
        await WorkspaceFixture.ScreenshotAsync(page, "forecast-page");

        var output = new StringWriter();
        int exit = await CcsimApp.RunAsync(["forecast", history, "--start", "2025-01-06", "--days", "7", "--format", "json"], output, new StringWriter());
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        var lines = json.GetProperty("forecast").EnumerateArray().Where(l => l.GetProperty("contactType").GetString() == "general").ToList();
        double printedTotal = lines.Sum(l => l.GetProperty("offered").GetDouble());
        // The JSON rounds each interval to 2 decimals: the sum may differ from the page's by at most half a hundredth per interval.
        Assert.InRange(shownTotal, printedTotal - 0.005 * lines.Count, printedTotal + 0.005 * lines.Count);
        string method = json.GetProperty("method").GetString()!;
        double printedWape = json.GetProperty("backtest").EnumerateArray().Single(b => b.GetProperty("method").GetString() == method)
            .GetProperty("wape").GetDouble();
        Assert.Equal(printedWape, shownWape, 4);
        Assert.Equal(shownTotal.ToString("#,0", CultureInfo.InvariantCulture), await offered.Locator(".value").InnerTextAsync());
    }
}
