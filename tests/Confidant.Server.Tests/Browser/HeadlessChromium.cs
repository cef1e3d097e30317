using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Playwright;

namespace Confidant.Server.Tests.Browser;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c> package), driven by Playwright. Playwright is
/// always given the executable, so it never downloads a browser. When Chromium is missing the
/// browser tests skip, saying so, except under CI (<c>CI=true</c>), where that is a failure.
/// <c>CONFIDANT_TEST_CHROMIUM</c> may name another Chromium binary.
/// </summary>
public static class HeadlessChromium
{
    /// <summary>The real binary, not the <c>/usr/bin/chromium</c> wrapper script (which prints a warning on every start).</summary>
    public const string DefaultExecutablePath = "/usr/lib/chromium/chromium";

    /// <summary>The binary the tests launch.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CONFIDANT_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultExecutablePath;

    /// <summary>Why there is no browser, or null when there is one.</summary>
    public static string? UnavailableReason => File.Exists(ExecutablePath)
        ? null
        : $"Browser tests skipped: Chromium was not found at {ExecutablePath} (apt-get install chromium, or set CONFIDANT_TEST_CHROMIUM to a Chromium binary).";

    /// <summary>True when tests run under CI, where a missing browser fails instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test when Chromium is missing; fails it instead under CI.</summary>
    public static void SkipIfUnavailable()
    {
        if (UnavailableReason is not { } reason)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException("CI requires Chromium: " + reason);
        }

        Skip.If(true, reason);
    }

    /// <summary>
    /// Launches headless Chromium that trusts <paramref name="serverCertificate"/> by its public
    /// key's SHA-256 (Chromium's SPKI allow-list) rather than ignoring every certificate error.
    /// </summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, X509Certificate2 serverCertificate)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        ArgumentNullException.ThrowIfNull(serverCertificate);
        var spki = Convert.ToBase64String(SHA256.HashData(serverCertificate.PublicKey.ExportSubjectPublicKeyInfo()));
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                // Root in a container has no user namespace for Chromium's sandbox.
                "--no-sandbox",
                "--disable-gpu",
                // No traffic beyond loopback: no component updates, sync, or first-run pings.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--ignore-certificate-errors-spki-list=" + spki,
            ],
        });
    }
}
