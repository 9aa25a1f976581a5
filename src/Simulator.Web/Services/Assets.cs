using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Simulator.Web.Services;

/// <summary>
/// The only script and style the pages load, served from resources inside this assembly: nothing is fetched from
/// elsewhere, and nothing depends on the folder the tool runs from.
/// </summary>
public static class Assets
{
    /// <summary>Resource name (also the address under /) and content type of each served file.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["_framework/blazor.web.js"] = "text/javascript; charset=utf-8",
        ["workspace.css"] = "text/css; charset=utf-8",
    };

    public static void Map(WebApplication app)
    {
        var assembly = typeof(Assets).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        foreach (var (name, type) in Files)
        {
            byte[] content = Read(assembly, name);
            string etag = $"\"{version.GetHashCode(StringComparison.Ordinal):x8}-{content.Length:x}\"";
            app.MapGet("/" + name, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
                return Results.Bytes(content, type);
            });
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The build left out the resource {name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
