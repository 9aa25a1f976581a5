using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Simulator.Cli;
using Simulator.Core.Scenarios;
using Simulator.Reports;

namespace Simulator.Web.Tests;

/// <summary>
/// The workspace in a real browser (the system's Chromium, driven by Playwright): what a planner does on each page.
/// Each test leaves a screenshot under the test output's artifacts folder.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class BrowserTests(WorkspaceFixture workspace)
{
    private const string Example = "retail-bank-weekday.yaml";

    [Fact]
    public async Task The_run_page_shows_the_service_level_that_run_prints_as_json_for_the_same_seed_and_replications()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        const int replications = 3;
        const long seed = 7;
        var page = await workspace.OpenAsync($"run?file={Example}");
        await page.FillAsync("#replications", replications.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#seed", seed.ToString(CultureInfo.InvariantCulture));
        await page.PressAsync("#seed", "Tab");
        await page.ClickAsync("#run");
        var figure = page.Locator(".figure[data-kpi=serviceLevel]");
        await figure.WaitForAsync();
        double shown = double.Parse((await figure.GetAttributeAsync("data-mean"))!, CultureInfo.InvariantCulture);
        await WorkspaceFixture.ChartsShownAsync(page, ".charts img");
        await WorkspaceFixture.ScreenshotAsync(page, "run-page");

        var output = new StringWriter();
        int exit = await CcsimApp.RunAsync(["run", Path.Combine(workspace.ScenariosFolder, Example), "-r", $"{replications}", "-s", $"{seed}",
            "--format", "json"], output, new StringWriter());
        Assert.Equal(0, exit);
        double printed = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble();
        Assert.Equal(printed, shown);
        Assert.Equal(Formats.Percent(printed), await figure.Locator(".value").InnerTextAsync());
    }

    [Fact]
    public async Task A_broken_line_in_the_editor_is_marked_at_its_line_with_the_message_validate_prints()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        string original = await File.ReadAllTextAsync(Path.Combine(workspace.ScenariosFolder, Example), TestContext.Current.CancellationToken);
        var lines = original.Split('\n');
        int broken = Array.FindIndex(lines, l => l.TrimStart().StartsWith("answerWithin:", StringComparison.Ordinal)
            || l.Contains("answerWithin:", StringComparison.Ordinal));
        Assert.True(broken >= 0, "the example names answerWithin");
        lines[broken] = System.Text.RegularExpressions.Regex.Replace(lines[broken], @"answerWithin: *[^,}\s]+", "answerWithin: soon");
        string text = string.Join('\n', lines);
        var expected = Assert.Throws<ScenarioException>(() => ScenarioLoader.ParseWithVariants(text, Path.Combine(workspace.ScenariosFolder, Example)))
            .Diagnostics[0] with
        { File = Example };

        var page = await workspace.OpenAsync($"edit?file={Example}");
        await page.Locator("#valid").WaitForAsync();
        await page.FillAsync("#yaml", text);
        var item = page.Locator($"#diagnostics li[data-line='{expected.Line}']");
        await item.First.WaitForAsync();
        Assert.Equal(expected.ToString(), await item.First.InnerTextAsync());
        Assert.Equal(broken + 1, expected.Line);
        Assert.Contains("error", await page.Locator($".gutter div[data-line='{expected.Line}']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await WorkspaceFixture.ScreenshotAsync(page, "editor-error");
        // Nothing was saved: the file on disk is still the valid one.
        Assert.Equal(original, await File.ReadAllTextAsync(Path.Combine(workspace.ScenariosFolder, Example), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Adding_agents_on_the_live_page_raises_the_group_count_it_shows()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        var page = await workspace.OpenAsync($"live?file={Example}");
        await page.ClickAsync("#start");
        await page.ClickAsync("#pause"); // the clock stops, so only the click changes the count
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("paused");
        string group = (await page.Locator("#group").InputValueAsync())!;
        var loggedOn = page.Locator($"tr[data-group='{group}'] td.logged-on");
        int before = int.Parse(await loggedOn.InnerTextAsync(), CultureInfo.InvariantCulture);
        await page.ClickAsync("#add-agents");
        await Assertions.Expect(loggedOn).ToHaveTextAsync((before + 5).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator($"tr[data-group='{group}'] td.added")).ToHaveTextAsync("+5");
        await page.ClickAsync("#pause");
        await Assertions.Expect(page.Locator("#state")).Not.ToHaveTextAsync("paused");
        await WorkspaceFixture.ScreenshotAsync(page, "live-page");
    }

    [Fact]
    public async Task The_scenarios_page_lists_the_folder_and_opens_the_editor()
    {
        Assert.SkipUnless(WorkspaceFixture.HasChromium, WorkspaceFixture.SkipReason);
        var page = await workspace.OpenAsync("");
        await page.ClickAsync($"a[href='edit?file={Example}']");
        await page.Locator("#valid").WaitForAsync();
        Assert.Contains("Retail bank", await page.Locator("#valid").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await WorkspaceFixture.ScreenshotAsync(page, "scenarios-page");
    }
}
