namespace Simulator.Web;

/// <summary>How <c>ccsim serve</c> was asked to run: where it listens, which folder of scenarios it serves, and the access token.</summary>
/// <param name="Urls">Addresses to listen on, such as <c>http://127.0.0.1:5000</c> (port 0: any free port).</param>
/// <param name="ScenariosFolder">The only folder whose scenario files the pages may read and write.</param>
/// <param name="Token">The token every request must carry; null only where every address is loopback.</param>
public sealed record WorkspaceOptions(IReadOnlyList<string> Urls, string ScenariosFolder, string? Token)
{
    /// <summary>Where the workspace listens unless told otherwise: loopback only, so no token is needed.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";
}
