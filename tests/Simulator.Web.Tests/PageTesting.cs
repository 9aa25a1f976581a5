using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Cli;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>What the page tests share: a page rendered by bUnit over a scenarios folder and the test cluster, and the CLI's output to compare with.</summary>
internal static class PageTesting
{
    /// <summary>
    /// Renders the page at <paramref name="address"/> as the live circuit does (<paramref name="interactive"/>), or as the prerender that
    /// only lays it out, with the scenarios in <paramref name="scenarios"/> and the workspace's cluster client.
    /// </summary>
    public static IRenderedComponent<T> RenderPage<T>(this BunitContext bunit, WorkspaceFixture workspace, string scenarios, string address,
        bool interactive = true) where T : IComponent
    {
        bunit.Services.AddSingleton(new ScenarioFolder(scenarios));
        bunit.Services.AddSingleton(workspace.Client);
        bunit.Services.AddSingleton<ResultStore>();
        bunit.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        bunit.Renderer.SetRendererInfo(interactive ? new RendererInfo("Server", isInteractive: true) : new RendererInfo("Static", isInteractive: false));
        return bunit.Render<T>();
    }

    /// <summary>What <c>ccsim ARGS</c> writes to standard output; the command must succeed.</summary>
    public static async Task<string> CcsimAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CcsimApp.RunAsync(args, output, error);
        Assert.True(exit == 0, error.ToString());
        return output.ToString();
    }
}
