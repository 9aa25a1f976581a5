using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Simulator.Grains.Hosting;

namespace Simulator.Web.Tests;

/// <summary>
/// One workspace for a collection of tests: an embedded silo and <c>ccsim serve</c>'s application on a free loopback
/// port, serving a copy of the example scenarios; and, where the system's Chromium is installed, one browser.
/// </summary>
public sealed class WorkspaceFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser download cannot work here, so the system's browser is driven.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TemporaryDirectory _scenarios = new();
    private OrleansConnection? _orleans;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string ScenariosFolder => _scenarios.Path;

    public string BaseUrl { get; private set; } = "";

    public Orleans.IClusterClient Client => _orleans!.Client;

    /// <summary>The browser, or null where Chromium is missing (browser tests then skip, saying so).</summary>
    public IBrowser? Browser { get; private set; }

    public static bool HasChromium => File.Exists(ChromiumPath);

    public static string SkipReason => $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run installs it).";

    /// <summary>Where screenshots go: under the test output folder, kept as artefacts of the run.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async ValueTask InitializeAsync()
    {
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "scenarios"), "*.yaml"))
        {
            File.Copy(file, _scenarios.File(Path.GetFileName(file)));
        }
        _orleans = await EmbeddedSilo.StartAsync();
        _app = Workspace.Build(new WorkspaceOptions(["http://127.0.0.1:0"], _scenarios.Path, Token: null), _orleans.Client);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/') + "/";
        if (HasChromium)
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Args = ["--no-sandbox"],
                Headless = true,
            });
        }
    }

    /// <summary>A new page of a fresh browser context, sized like a laptop screen.</summary>
    public async Task<IPage> NewPageAsync()
    {
        Assert.SkipUnless(Browser is not null, SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens a page of the workspace and waits until Blazor's circuit is up (the page answers clicks).</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        await page.Locator("#circuit-up").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>
    /// Waits until every image under <paramref name="selector"/> has loaded, and asserts that each shows a picture: an image that fails
    /// to load shows as a broken frame with its alt text, which is what a person would see.
    /// </summary>
    public static async Task ChartsShownAsync(IPage page, string selector)
    {
        var images = page.Locator(selector);
        await images.First.WaitForAsync();
        await page.WaitForFunctionAsync("s => [...document.querySelectorAll(s)].every(i => i.complete)", selector);
        var shown = await images.EvaluateAllAsync<string[]>("""
            images => Promise.all(images.map(async i => {
                if (i.naturalWidth > 100) return "";
                const r = await fetch(i.src);
                return `${i.getAttribute("src")}: natural width ${i.naturalWidth}, served ${r.status} ${r.headers.get("content-type")}: ` +
                    (await r.text()).slice(0, 300);
            }))
            """);
        Assert.NotEmpty(shown);
        Assert.All(shown, problem => Assert.True(problem.Length == 0, $"a chart under {selector} did not show: {problem}"));
    }

    /// <summary>The whole page as <c>NAME.png</c>, and what a screen shows of it as <c>NAME-screen.png</c> (the README's picture).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + "-screen.png") });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_orleans is not null) await _orleans.DisposeAsync();
        _scenarios.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkspaceCollection : ICollectionFixture<WorkspaceFixture>
{
    public const string Name = "workspace";
}
