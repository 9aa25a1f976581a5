using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Simulator.Core;
using Simulator.Core.Scenarios;
using Simulator.Web;
using Simulator.Web.Security;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>ccsim serve</c>: the web workspace in this process, beside an embedded silo (or as a client of a cluster), until
/// Ctrl+C. Loopback by default; any other address needs a token, which every request must then carry.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The environment variable that can hold the token, so it need not appear on a command line.</summary>
    public const string TokenVariable = "CCSIM_TOKEN";

    /// <summary>The <c>--token</c> value that asks for a fresh random token, printed at start.</summary>
    public const string Generate = "generate";

    public static Command Build(TextWriter output)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, separated by ';'. Anything but loopback (127.0.0.1, ::1, localhost) needs a token.",
            DefaultValueFactory = _ => WorkspaceOptions.DefaultUrl,
            HelpName = "URLS",
        };
        var scenarios = new Option<string?>("--scenarios")
        {
            Description = "The folder of scenario files the pages list, edit and run (default: ./scenarios if there is one, else the current folder); " +
                "no file outside it is read or written.",
            HelpName = "DIR",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"Access token every request must carry ('{Generate}': a random one, printed at start). Also read from " +
                $"{TokenVariable} or --token-file. Needed for any address but loopback; checked on loopback too when given.",
            HelpName = "TOKEN|generate",
        };
        var tokenFile = new Option<string?>("--token-file") { Description = "Read the access token from this file (its first line).", HelpName = "PATH" };
        var cluster = CommonOptions.Cluster("Run simulations and live centres on this existing cluster instead of an embedded single-node silo.");
        var clusterId = CommonOptions.ClusterId();
        var security = new ClusterSecurityOptions(); // the same secrets and certificate as `run --cluster`

        var command = new Command("serve", "Serve the web workspace: scenarios (edit with validation), runs, comparisons and the live centre in the browser, " +
            "with an embedded silo; runs until Ctrl+C.")
        {
            urls, scenarios, token, tokenFile, cluster, clusterId,
        };
        security.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var addresses = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string? secret = Token(parse.GetValue(token), parse.GetValue(tokenFile), out bool generated);
            string folder = parse.GetValue(scenarios) ?? (Directory.Exists("scenarios") ? "scenarios" : ".");
            var options = new WorkspaceOptions(addresses, folder, secret);
            BindPolicy.Check(options.Urls, options.Token); // before a silo starts
            if (!Directory.Exists(folder)) throw new InputException($"--scenarios: the folder '{folder}' does not exist; give an existing folder.");
            var where = parse.GetValue(cluster) is string c ? security.Address(parse, "--cluster", c) : null;
            if (where is null && security.AnyGiven(parse))
            {
                throw new InputException("--redis-password-file, --tls-certificate and --tls-password-file are for a --cluster; without one, the " +
                    "workspace runs its own embedded silo.");
            }
            var tls = where is null ? null : security.Tls(parse);
            await using var orleans = await CommonOptions.ConnectAsync(where, parse.GetValue(clusterId)!, tls, cancellationToken);
            await using var app = Workspace.Build(options, orleans.Client);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                throw new InputException($"--urls: cannot listen on {string.Join(", ", addresses)}: {e.Message}");
            }
            string suffix = secret is null ? "" : $"?{TokenGate.QueryName}={secret}";
            output.WriteLine($"ccsim workspace: {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/" + suffix))}");
            output.WriteLine($"Scenarios from {Path.GetFullPath(folder)}; " + (where is null ? "embedded silo" : $"cluster {where}") + ". Ctrl+C stops it.");
            if (generated) output.WriteLine("The access token was generated for this start; open the address above, or send it in the " +
                $"{TokenGate.HeaderName} header.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a server is meant to stop.
            }
            await app.StopAsync(CancellationToken.None);
            return CcsimApp.Success;
        });
        return command;
    }

    /// <summary>The token from --token, --token-file or the environment, in that order; null where none is given.</summary>
    private static string? Token(string? given, string? file, out bool generated)
    {
        generated = false;
        if (given is not null && file is not null) throw new InputException("--token and --token-file: give one.");
        if (given == Generate)
        {
            generated = true;
            return BindPolicy.GenerateToken();
        }
        if (given is not null) return given;
        if (file is not null)
        {
            try
            {
                string text = InputFile.ReadText(file, 4096);
                return text.Split('\n')[0].Trim() is { Length: > 0 } line ? line : throw new InputException($"--token-file: '{file}' is empty.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"--token-file: cannot read '{file}': {e.Message}");
            }
        }
        return Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
    }
}
