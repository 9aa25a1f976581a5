using Simulator.Core;
using StackExchange.Redis;

namespace Simulator.Grains.Hosting;

/// <summary>
/// A cluster named as <c>redis://HOST:PORT</c> (or <c>rediss://</c> for TLS): the Redis server that holds its membership
/// table, with the password it asks for. The password comes from the URL (<c>redis://:PASSWORD@HOST:PORT</c>) or, so that
/// it need not appear on a command line, from the <see cref="PasswordVariable"/> environment variable. It is never printed.
/// </summary>
public sealed record ClusterAddress(string Host, int Port, bool Tls = false, string? Password = null)
{
    /// <summary>The environment variable read for the Redis password when the URL carries none.</summary>
    public const string PasswordVariable = "CCSIM_REDIS_PASSWORD";

    /// <summary>The StackExchange.Redis configuration: endpoint, TLS and password.</summary>
    public string RedisConfiguration
    {
        get
        {
            var options = new ConfigurationOptions { EndPoints = { { Host, Port } }, Ssl = Tls, Password = Password };
            if (Tls) options.SslHost = Host;
            return options.ToString(includePassword: true);
        }
    }

    /// <summary>The address without the password, for messages and the start-up line.</summary>
    public override string ToString() => $"{(Tls ? "rediss" : "redis")}://{Host}:{Port}";

    public static ClusterAddress Parse(string option, string text) =>
        Parse(option, text, Environment.GetEnvironmentVariable(PasswordVariable));

    /// <param name="environmentPassword">The password given outside the URL (a password file, else the environment), used when the URL carries none.</param>
    public static ClusterAddress Parse(string option, string text, string? environmentPassword)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "redis" or "rediss" && uri.Host.Length > 0
            && uri.AbsolutePath is "" or "/" && uri.Query.Length == 0)
        {
            // redis://:PASSWORD@HOST or redis://USER:PASSWORD@HOST: the part after the colon is the password.
            string? password = uri.UserInfo.Length == 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':') + 1)..]);
            if (string.IsNullOrEmpty(password)) password = string.IsNullOrEmpty(environmentPassword) ? null : environmentPassword;
            return new ClusterAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port, uri.Scheme == "rediss", password);
        }
        throw new InputException($"{option}: expected a Redis address such as redis://127.0.0.1:6379 (rediss:// for TLS), but found \"{text}\".");
    }
}
