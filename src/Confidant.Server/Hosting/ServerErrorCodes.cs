namespace Confidant.Server.Hosting;

/// <summary>Stable codes of the server's transport and start-up errors (the chat's are in <c>ChatErrorCodes</c>).</summary>
public static class ServerErrorCodes
{
    /// <summary>A request with a body arrived on the plaintext HTTP port; it was refused unread.</summary>
    public const string PlaintextBodyRefused = "CONF-SRV-001";

    /// <summary>A server option is invalid (start-up stops; the message names the key).</summary>
    public const string InvalidOption = "CONF-SRV-010";

    /// <summary>The configured TLS certificate cannot be used (missing file, no private key, wrong password).</summary>
    public const string CertificateUnusable = "CONF-SRV-011";

    /// <summary>The benchmark-only switch that turns privacy off is set outside the <c>Benchmark</c> environment.</summary>
    public const string BenchmarkFlagOutsideBenchmark = "CONF-SRV-012";
}
