using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Simulator.Web.Components;
using Simulator.Web.Security;
using Simulator.Web.Services;

namespace Simulator.Web;

/// <summary>
/// The web workspace (<c>ccsim serve</c>): Blazor pages with server interactivity over the same commands as the CLI, in
/// the process that hosts the silo (or a client of a cluster), so the live centre's snapshots stream to the page over
/// the circuit. Every script and style is served by the app itself.
/// </summary>
public static class Workspace
{
    /// <summary>Builds the application; the caller starts it (<see cref="WebApplication.StartAsync"/>) and stops it.</summary>
    /// <param name="client">The cluster client of the embedded silo or of the cluster joined.</param>
    public static WebApplication Build(WorkspaceOptions options, IClusterClient client)
    {
        BindPolicy.Check(options.Urls, options.Token);
        var folder = new ScenarioFolder(options.ScenariosFolder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // An installed tool runs from any folder: its static files are found beside the assembly, not in the current folder.
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(Workspace).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddSingleton(client);
        builder.Services.AddSingleton(folder);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ResultStore>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = false);

        var app = builder.Build();
        if (options.Token is string token) app.UseMiddleware<TokenGate>(token);
        app.UseAntiforgery();
        Assets.Map(app);
        Downloads.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
