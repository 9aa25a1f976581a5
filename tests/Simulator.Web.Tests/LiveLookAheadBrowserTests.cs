using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Simulator.Cli;

namespace Simulator.Web.Tests;

/// <summary>The Live page's look-ahead in a real browser: the figures it shows are those `ccsim live --look-ahead-every` prints for the same day.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class LiveLookAheadBrowserTests(WorkspaceFixture workspace)
{
    private const string Example = "retail-bank-weekday.yaml";
    private const int Replications = 20;

    [Fact]
    public async Task A_look_ahead_and_two_more_agents_tried_show_the_figures_live_prints_as_json_at_the_same_instant()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        var page = await workspace.OpenAsync($"live?file={Example}");
        await page.SelectOptionAsync("#speed", new SelectOptionValue { Label = "max" });
        await page.FillAsync("#stop-at", "10:00");
        await page.PressAsync("#stop-at", "Tab");
        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("paused");
        await Assertions.Expect(page.Locator("#clock")).ToContainTextAsync("10:00");
        await page.FillAsync("#la-replications", Replications.ToString(CultureInfo.InvariantCulture));
        await page.PressAsync("#la-replications", "Tab");
        await page.ClickAsync("#look-ahead-run");
        var day = page.Locator("#look-ahead-day .figure[data-kpi=serviceLevel]");
        await day.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        double dayAlone = Mean(await day.GetAttributeAsync("data-mean"));
        Assert.True(await page.Locator("#look-ahead-intervals tbody tr[data-interval='10:00'] td[data-kpi=serviceLevel]").CountAsync() == 1);

        string group = await page.Locator("#action-target").InputValueAsync();
        await page.FillAsync("#action-agents", "2");
        await page.PressAsync("#action-agents", "Tab");
        await page.ClickAsync("#action-try");
        var effect = page.Locator($"#look-ahead-actions tr[data-action='+2 agents of {group} from now'] td[data-kpi=serviceLevel]");
        await effect.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        double shownEffect = Mean(await effect.GetAttributeAsync("data-mean"));
        string effectText = await effect.InnerTextAsync();
        await WorkspaceFixture.ChartsShownAsync(page, "#look-ahead .charts img");
        await WorkspaceFixture.ScreenshotAsync(page, "live-look-ahead");

        var output = new StringWriter();
        int exit = await CcsimApp.RunAsync(["live", Path.Combine(workspace.ScenariosFolder, Example), "--speed", "max", "--stop-at", "10:00",
            "--look-ahead-every", "2h", "--look-ahead-replications", $"{Replications}", "--look-ahead-add", $"{group}=2", "--format", "json"], output,
            new StringWriter());
        Assert.Equal(0, exit);
        var printed = JsonDocument.Parse(output.ToString()).RootElement; // one look-ahead: 08:00 + 2 h is the stop
        Assert.Equal(printed.GetProperty("wholeDay").GetProperty("serviceLevel").GetProperty("mean").GetDouble(), dayAlone);
        var action = printed.GetProperty("actions")[0];
        Assert.Equal($"+2 agents of {group} from now", action.GetProperty("action").GetString());
        Assert.Equal(action.GetProperty("wholeDay").GetProperty("serviceLevel").GetProperty("mean").GetDouble(), shownEffect);
        Assert.Contains("95 % CI", effectText, StringComparison.Ordinal);
    }

    private static double Mean(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
