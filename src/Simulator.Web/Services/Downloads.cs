using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Simulator.Web.Services;

/// <summary><c>/download/{result}/{file}</c>: a file a kept result wrote (<see cref="ResultStore"/>); any other name is 404.</summary>
public static class Downloads
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(WebApplication app) =>
        app.MapGet("/download/{id}/{file}", (string id, string file, ResultStore store, HttpResponse response) =>
        {
            // A file written from a scenario is data, never a page: nothing in it (an SVG's text included) may run script.
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
            response.Headers.XContentTypeOptions = "nosniff";
            if (store.Find(id)?.PathOf(file) is not string path) return Results.NotFound("No such result file: it may have been replaced by newer runs.");
            string type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
            // Charts show in the page; everything else downloads under its own name.
            bool inline = file.EndsWith(".svg", StringComparison.Ordinal) || file.EndsWith(".png", StringComparison.Ordinal);
            return Results.File(path, type, inline ? null : file);
        });

    public static string Address(StoredResult result, string file) => $"download/{result.Id}/{Uri.EscapeDataString(file)}";
}
