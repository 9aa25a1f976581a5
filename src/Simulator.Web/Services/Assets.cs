using System.IO.Compression;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Simulator.Web.Services;

/// <summary>
/// The only scripts and style the pages load, served from resources inside this assembly: nothing is fetched from
/// elsewhere, and nothing depends on the folder the tool runs from.
/// </summary>
public static class Assets
{
    /// <summary>Where a package's static web assets are addressed (Plotly.Blazor imports its scripts from there).</summary>
    private const string PackageContent = "_content/";

    private const string JavaScript = "text/javascript; charset=utf-8";

    /// <summary>
    /// Resource name (also the address under /) and content type of each served file: the framework's script, the page's
    /// style, and every package script the build embedded under _content/ (plotly.js and Plotly.Blazor's interop module).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = List();

    /// <summary>Files smaller than this go out as they are: compressing them saves less than the header costs.</summary>
    private const int CompressFrom = 1024;

    private static Dictionary<string, string> List()
    {
        var files = new Dictionary<string, string>
        {
            ["_framework/blazor.web.js"] = JavaScript,
            ["workspace.css"] = "text/css; charset=utf-8",
        };
        foreach (string name in typeof(Assets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(PackageContent, StringComparison.Ordinal)))
        {
            files[name] = JavaScript;
        }
        return files;
    }

    public static void Map(WebApplication app)
    {
        var assembly = typeof(Assets).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        foreach (var (name, type) in Files)
        {
            var served = new Served(Read(assembly, name), $"{version.GetHashCode(StringComparison.Ordinal):x8}");
            // A package's files carry its version in their names, so a browser may keep them; the others change with the build.
            string cacheControl = name.StartsWith(PackageContent, StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
            app.MapGet("/" + name, (HttpContext context) =>
            {
                var (content, encoding, etag) = served.For(context.Request.Headers.AcceptEncoding.ToString());
                context.Response.Headers.CacheControl = cacheControl;
                context.Response.Headers.ETag = etag;
                context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                if (context.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
                if (encoding is not null) context.Response.Headers.ContentEncoding = encoding;
                return Results.Bytes(content, type);
            });
        }
    }

    /// <summary>
    /// One file as it is and, compressed once on first request, as Brotli and gzip: plotly.js is over a megabyte, a
    /// few hundred kilobytes compressed, and compressing it again for every page load would cost the server each time.
    /// </summary>
    private sealed class Served(byte[] content, string version)
    {
        private readonly Lazy<byte[]> _brotli = new(() => Compress(content, s => new BrotliStream(s, CompressionLevel.Optimal)));
        private readonly Lazy<byte[]> _gzip = new(() => Compress(content, s => new GZipStream(s, CompressionLevel.Optimal)));

        public (byte[] Content, string? Encoding, string ETag) For(string acceptEncoding)
        {
            string tag = $"{version}-{content.Length:x}";
            if (content.Length >= CompressFrom)
            {
                if (Accepts(acceptEncoding, "br")) return (_brotli.Value, "br", $"\"{tag}-br\"");
                if (Accepts(acceptEncoding, "gzip")) return (_gzip.Value, "gzip", $"\"{tag}-gzip\"");
            }
            return (content, null, $"\"{tag}\"");
        }

        private static bool Accepts(string acceptEncoding, string coding) =>
            acceptEncoding.Split(',').Select(p => p.Split(';')[0].Trim()).Contains(coding, StringComparer.OrdinalIgnoreCase);

        private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
        {
            using var memory = new MemoryStream();
            using (var stream = compressor(memory)) stream.Write(content);
            return memory.ToArray();
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
