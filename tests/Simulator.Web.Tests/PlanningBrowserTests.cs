using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Simulator.Cli;

namespace Simulator.Web.Tests;

/// <summary>The staff and schedule pages in a real browser (the system's Chromium): figures read from the page against the commands' output.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class PlanningBrowserTests(WorkspaceFixture workspace)
{

    [Fact]
    public async Task The_staff_page_shows_the_requirement_staff_prints_as_json_and_downloads_the_same_csv()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        const string example = "retail-bank-weekday.yaml";
        var page = await workspace.OpenAsync("staff");
        await page.SelectOptionAsync("#scenario", example);
        var firstRow = page.Locator("#staff-table tbody tr").First;
        await firstRow.WaitForAsync();
        var headers = await page.Locator("#staff-table thead th").AllInnerTextsAsync();
        var cells = await firstRow.Locator("td").AllInnerTextsAsync();
        string start = cells[0], contactType = cells[1];
        int required = int.Parse(cells[headers.ToList().IndexOf("Required")], CultureInfo.InvariantCulture);
        await WorkspaceFixture.ScreenshotAsync(page, "staff-page");

        string path = Path.Combine(workspace.ScenariosFolder, example);
        var json = JsonDocument.Parse(await PageTesting.CcsimAsync("staff", path, "--format", "json")).RootElement;
        var line = json.GetProperty("intervals").EnumerateArray()
            .First(i => i.GetProperty("start").GetString() == start && i.GetProperty("contactType").GetString() == contactType);
        Assert.Equal(line.GetProperty("requiredAgents").GetInt32(), required);

        string csv = await PageTesting.CcsimAsync("staff", path, "--format", "csv");
        var download = page.Locator("a[download='staff.csv']");
        await download.WaitForAsync();
        var response = await page.Context.APIRequest.GetAsync(workspace.BaseUrl + await download.GetAttributeAsync("href"));
        Assert.Equal(200, response.Status);
        Assert.Equal(csv, await response.TextAsync());
    }

    [Fact]
    public async Task The_schedule_page_shows_the_cost_and_roster_that_schedule_prints_as_json_for_the_same_options()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        const string example = "weekly-rules.yaml";
        var page = await workspace.OpenAsync($"schedule?file={example}");
        await page.FillAsync("#weeks", "4");
        await page.FillAsync("#time-limit", "2");
        await page.PressAsync("#time-limit", "Tab");
        await page.ClickAsync("#schedule");
        var cost = page.Locator("#cost");
        await cost.WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        double shown = double.Parse((await cost.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        int agents = await page.Locator("#roster tbody tr").CountAsync();
        await WorkspaceFixture.ChartsShownAsync(page, ".charts img");
        await WorkspaceFixture.ScreenshotAsync(page, "schedule-page");

        var json = JsonDocument.Parse(await PageTesting.CcsimAsync("schedule", Path.Combine(workspace.ScenariosFolder, example), "--weeks", "4",
            "--time-limit", "2", "--format", "json")).RootElement;
        Assert.Equal(json.GetProperty("cost").GetDouble(), shown);
        Assert.Equal(json.GetProperty("roster").GetProperty("agents").GetInt32(), agents);
        Assert.Equal(4 * 7 + 5, await page.Locator("#roster thead th").CountAsync());
    }
}
