using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Simulator.Web.Security;

/// <summary>
/// Lets a request in only with the workspace's token: in the <see cref="HeaderName"/> header, as a bearer token, or in
/// the cookie that a first visit with <c>?token=…</c> sets (the browser then carries it, and the address bar loses it).
/// Anything else gets 401 and a sentence saying how to get in.
/// </summary>
public sealed class TokenGate(RequestDelegate next, string token)
{
    public const string HeaderName = "X-Ccsim-Token";
    public const string CookieName = "ccsim-token";
    public const string QueryName = "token";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Query.TryGetValue(QueryName, out var fromQuery) && Matches(fromQuery.ToString()))
        {
            context.Response.Cookies.Append(CookieName, fromQuery.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            // The same page without the token, so it stays out of the history, bookmarks and referrers.
            var rest = request.Query.Where(q => q.Key != QueryName).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
            string query = string.Join('&', rest);
            context.Response.Redirect($"{request.PathBase}{request.Path}{(query.Length == 0 ? "" : "?" + query)}");
            return;
        }
        string? presented = request.Headers[HeaderName].FirstOrDefault()
            ?? Bearer(request.Headers.Authorization.FirstOrDefault())
            ?? request.Cookies[CookieName];
        if (presented is null || !Matches(presented))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("This ccsim workspace needs its access token: open the address ccsim serve printed (it ends in ?token=…), " +
                $"or send the token in the {HeaderName} header.");
            return;
        }
        await next(context);
    }

    private static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;

    private bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);
}
