using System.CommandLine;
using Simulator.Core;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>
/// The secrets a cluster member needs, kept off the command line (where <c>ps</c> shows them): the Redis password from a
/// file or <see cref="ClusterAddress.PasswordVariable"/>, and the cluster's TLS certificate, a PFX file whose password comes
/// from a file or <see cref="ClusterTls.PasswordVariable"/>. Shared by <c>ccsim silo</c> and every command with <c>--cluster</c>.
/// </summary>
internal sealed class ClusterSecurityOptions
{
    /// <summary>The most a password file may hold: a password, not a file read by mistake.</summary>
    private const int MaxPasswordFileBytes = 4096;

    private readonly Option<string?> _redisPasswordFile = new("--redis-password-file")
    {
        Description = $"Read the Redis password from this file's first line (or set {ClusterAddress.PasswordVariable}); never on the command line.",
        HelpName = "PATH",
    };

    private readonly Option<string?> _tlsCertificate = new("--tls-certificate")
    {
        Description = "Encrypt and authenticate cluster traffic with mutual TLS: this PFX file is the cluster's certificate, which every silo and " +
            $"client must hold (password from --tls-password-file or {ClusterTls.PasswordVariable}). See docs/security.md.",
        HelpName = "PFX",
    };

    private readonly Option<string?> _tlsPasswordFile = new("--tls-password-file")
    {
        Description = $"Read the --tls-certificate file's password from this file's first line (or set {ClusterTls.PasswordVariable}).",
        HelpName = "PATH",
    };

    public void AddTo(Command command)
    {
        command.Add(_redisPasswordFile);
        command.Add(_tlsCertificate);
        command.Add(_tlsPasswordFile);
    }

    /// <summary>The cluster's address with its password (the URL's, else the file's, else the environment's).</summary>
    public ClusterAddress Address(ParseResult parse, string option, string text) =>
        ClusterAddress.Parse(option, text, parse.GetValue(_redisPasswordFile) is string file
            ? ReadSecret("--redis-password-file", file)
            : Environment.GetEnvironmentVariable(ClusterAddress.PasswordVariable));

    /// <summary>Whether any of these options was given (they mean nothing without a cluster).</summary>
    public bool AnyGiven(ParseResult parse) =>
        parse.GetValue(_redisPasswordFile) is not null || parse.GetValue(_tlsCertificate) is not null || parse.GetValue(_tlsPasswordFile) is not null;

    /// <summary>The cluster's certificate, if one was given.</summary>
    public ClusterTls? Tls(ParseResult parse)
    {
        string? passwordFile = parse.GetValue(_tlsPasswordFile);
        if (parse.GetValue(_tlsCertificate) is not string certificate)
        {
            return passwordFile is null ? null : throw new InputException("--tls-password-file: is the password of --tls-certificate; give that too.");
        }
        string? password = passwordFile is not null
            ? ReadSecret("--tls-password-file", passwordFile)
            : Environment.GetEnvironmentVariable(ClusterTls.PasswordVariable);
        return ClusterTls.Load("--tls-certificate", certificate, password);
    }

    /// <summary>
    /// A secret from the first line of a file (its line break not part of it), refused with a message naming the option and
    /// the file when the file is missing, unreadable, empty or too large; the content is never quoted.
    /// </summary>
    internal static string ReadSecret(string option, string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(Directory.Exists(path)
                    ? $"{option}: '{path}' is a folder; name the file that holds the password."
                    : $"{option}: '{path}' does not exist; name the file that holds the password.");
            }
            if (info.Length > MaxPasswordFileBytes)
            {
                throw new InputException($"{option}: '{path}' holds {info.Length:N0} bytes, more than a password file may ({MaxPasswordFileBytes:N0}); " +
                    "name the file that holds only the password.");
            }
            using var reader = new StreamReader(path);
            string secret = reader.ReadLine() ?? "";
            return secret.Length > 0 ? secret : throw new InputException($"{option}: '{path}' is empty; it should hold the password on its first line.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot read '{path}' ({e.Message.TrimEnd('.')}); check that this user may read it.");
        }
    }
}
