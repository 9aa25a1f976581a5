using Simulator.Core;

namespace Simulator.Grains.Hosting;

/// <summary>A cluster named as <c>redis://HOST:PORT</c>: the Redis server that holds its membership table.</summary>
public sealed record ClusterAddress(string Host, int Port)
{
    public string RedisConfiguration => $"{Host}:{Port}";

    public override string ToString() => $"redis://{Host}:{Port}";

    public static ClusterAddress Parse(string option, string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == "redis" && uri.Host.Length > 0
            && uri.AbsolutePath is "" or "/" && uri.Query.Length == 0)
        {
            return new ClusterAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port);
        }
        throw new InputException($"{option}: expected a Redis address such as redis://127.0.0.1:6379, but found \"{text}\".");
    }
}
