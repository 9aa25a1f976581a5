using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;
using Simulator.Core;

namespace Simulator.Grains.Hosting;

/// <summary>
/// Mutual TLS between the silos and clients of a cluster with one certificate that every member holds (a PFX file handed
/// out privately, like a key): each connection, silo to silo and client to gateway, is encrypted, and each side must show
/// that same certificate, so a machine without it can neither join nor call in. The certificate needs no authority; its
/// thumbprint is the cluster's identity.
/// </summary>
public sealed class ClusterTls
{
    /// <summary>The environment variable read for the PFX file's password when no password file is given.</summary>
    public const string PasswordVariable = "CCSIM_TLS_PASSWORD";

    private ClusterTls(X509Certificate2 certificate) => Certificate = certificate;

    public X509Certificate2 Certificate { get; }

    /// <summary>A cluster certificate held in memory (a test makes one).</summary>
    public static ClusterTls From(X509Certificate2 certificate) =>
        certificate.HasPrivateKey
            ? new ClusterTls(certificate)
            : throw new ArgumentException("The cluster certificate needs its private key.", nameof(certificate));

    /// <summary>Reads the cluster certificate from a PFX (PKCS #12) file with its private key.</summary>
    /// <param name="option">The option that named the file, for messages.</param>
    public static ClusterTls Load(string option, string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new InputException($"{option}: '{path}' holds a certificate without its private key; export it with the key (a .pfx or .p12 file).");
            }
            return new ClusterTls(certificate);
        }
        catch (CryptographicException e)
        {
            throw new InputException($"{option}: cannot read '{path}' as a PFX certificate with its private key ({e.Message.TrimEnd('.')}); check the " +
                $"file and its password ({PasswordVariable} or the password file).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot read '{path}' ({e.Message.TrimEnd('.')}).");
        }
    }

    /// <summary>Silo side: present the certificate, demand it of every silo and client that connects.</summary>
    public void ApplyTo(ISiloBuilder silo) => silo.UseTls(Certificate, Configure);

    /// <summary>Client side: present the certificate to the gateway, demand it of the gateway.</summary>
    public void ApplyTo(IClientBuilder client) => client.UseTls(Certificate, Configure);

    private void Configure(TlsOptions options)
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // Self-signed is expected (the platform reports an untrusted root and a name mismatch): what counts is that the
        // peer holds this very certificate, so its thumbprint decides, not the platform's chain.
        string thumbprint = Certificate.Thumbprint;
        options.RemoteCertificateValidation = (remote, _, _) =>
            remote is not null && string.Equals(remote.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase);
        options.OnAuthenticateAsClient = (_, authentication) => authentication.TargetHost = Certificate.GetNameInfo(X509NameType.SimpleName, false);
    }
}
