using System.Net;
using System.Security.Cryptography;
using Simulator.Core;

namespace Simulator.Web.Security;

/// <summary>
/// Who can reach the workspace: an address on the loopback interface is reachable only from this machine; any other
/// address (a network card, 0.0.0.0, *, a host name) lets other machines in, so it is served only with a token.
/// </summary>
public static class BindPolicy
{
    /// <summary>Bytes of randomness in a generated token (256 bits).</summary>
    public const int GeneratedTokenBytes = 32;

    /// <summary>Tokens shorter than this are refused: a token is the only lock on a workspace that can run and write files.</summary>
    public const int MinimumTokenLength = 16;

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            // Kestrel's wildcards (http://*:5000, http://+:5000) do not parse as hosts: they bind every interface.
            return false;
        }
        string host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Checks the addresses and the token together before anything starts; throws <see cref="InputException"/> saying what to change.</summary>
    public static void Check(IReadOnlyList<string> urls, string? token)
    {
        foreach (string url in urls)
        {
            if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InputException($"serve: '{url}' is not an address to listen on; expected one such as {WorkspaceOptions.DefaultUrl}.");
            }
        }
        if (token is not null && token.Length < MinimumTokenLength)
        {
            throw new InputException($"serve: the token is {token.Length} characters long; give at least {MinimumTokenLength} (or let ccsim generate one).");
        }
        var exposed = urls.Where(u => !IsLoopback(u)).ToList();
        if (exposed.Count > 0 && token is null)
        {
            throw new InputException($"serve: {string.Join(", ", exposed)} can be reached from other machines, and the workspace runs simulations and " +
                "writes scenario files; it is served there only with an access token. Give one (the token option, its environment variable or a " +
                "token file), ask for a generated one, or listen on 127.0.0.1.");
        }
    }

    public static string GenerateToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(GeneratedTokenBytes));
}
