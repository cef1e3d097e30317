using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Confidant.Protection.Keys.Pkcs11;

namespace Confidant.Protection.Tests;

/// <summary>
/// Throwaway SoftHSM2 tokens for the PKCS#11 tests: a softhsm2.conf with its own token folder in a
/// temp folder, two tokens initialized with random PINs, deleted on dispose. SOFTHSM2_CONF is
/// process-wide and read when the module is first loaded, so it is set here, once, before any test
/// of the collection loads the module. When SoftHSM2 is not installed the tests skip with a
/// message, except under CI (<c>CI=true</c>), where that fails.
/// </summary>
public sealed class SoftHsmFixture : IDisposable
{
    public const string ConformanceToken = "confidant-conformance";
    public const string ErrorsToken = "confidant-errors";

    private static readonly string[] ModuleCandidates =
    [
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ];

    private static int s_instances;
    private readonly string? _folder;

    public SoftHsmFixture()
    {
        if (Interlocked.Increment(ref s_instances) > 1)
        {
            throw new InvalidOperationException("SOFTHSM2_CONF is process-wide: one SoftHsmFixture per test run (use the SoftHsmGroup collection).");
        }

        // CONFIDANT_TEST_SOFTHSM_MODULE names another module (and lets the skip path be tried).
        var configured = Environment.GetEnvironmentVariable("CONFIDANT_TEST_SOFTHSM_MODULE");
        ModulePath = string.IsNullOrEmpty(configured)
            ? ModuleCandidates.FirstOrDefault(File.Exists) ?? ""
            : File.Exists(configured) ? configured : "";
        var util = FindOnPath("softhsm2-util");
        if (OperatingSystem.IsWindows() || ModulePath.Length == 0 || util is null)
        {
            UnavailableReason = "SoftHSM2 tests skipped: softhsm2-util or libsofthsm2.so was not found (install the softhsm2 package: apt-get install softhsm2).";
            return;
        }

        try
        {
            _folder = Directory.CreateTempSubdirectory("confidant-softhsm-").FullName;
            var tokens = Directory.CreateDirectory(Path.Combine(_folder, "tokens")).FullName;
            var conf = ConfigPath = Path.Combine(_folder, "softhsm2.conf");
            File.WriteAllText(conf, $"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
            SetProcessEnvironment("SOFTHSM2_CONF", conf);
            InitToken(util, ConformanceToken);
            InitToken(util, ErrorsToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            UnavailableReason = $"SoftHSM2 tests skipped: a throwaway token could not be created ({ex.Message}).";
        }
    }

    /// <summary>Why there are no tokens, or null when there are.</summary>
    public string? UnavailableReason { get; }

    public string ModulePath { get; }

    /// <summary>The softhsm2.conf of the throwaway tokens.</summary>
    public string ConfigPath { get; } = "";

    /// <summary>The user PIN of both tokens (random per run).</summary>
    public string UserPin { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    private string SoPin { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test when SoftHSM2 is missing; fails it instead under CI.</summary>
    public void SkipIfUnavailable()
    {
        if (UnavailableReason is null)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException("CI requires SoftHSM2: " + UnavailableReason);
        }

        Skip.If(true, UnavailableReason);
    }

    /// <summary>Options for a provider on <paramref name="token"/> whose keys are labelled with <paramref name="prefix"/>.</summary>
    public Pkcs11KeyProviderOptions Options(string prefix, string token = ConformanceToken) => new()
    {
        LibraryPath = ModulePath,
        TokenLabel = token,
        UserPin = UserPin,
        KeyLabelPrefix = prefix,
    };

    /// <summary>How a child process opens <see cref="ConformanceToken"/> (see <see cref="KeyProviderChildProcess"/>).</summary>
    public IReadOnlyList<string> ChildProcessStore(string prefix) => ["pkcs11", ModulePath, ConformanceToken, prefix];

    /// <summary>The child's SoftHSM configuration, and the PIN through the environment as a deployment would pass it.</summary>
    public Dictionary<string, string> ChildProcessEnvironment() => new()
    {
        ["SOFTHSM2_CONF"] = ConfigPath,
        [Pkcs11KeyProviderOptions.DefaultUserPinEnvironmentVariable] = UserPin,
    };

    /// <summary>A key label prefix no other test uses, so tests sharing a token stay independent.</summary>
    public static string UniquePrefix() => $"t{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}-kek-";

    public void Dispose()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void InitToken(string util, string label)
    {
        var start = new ProcessStartInfo(util)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--init-token", "--free", "--label", label, "--pin", UserPin, "--so-pin", SoPin })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("softhsm2-util did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"softhsm2-util --init-token exited with {process.ExitCode}: {error.Trim()} {output.Result.Trim()}");
        }
    }

    /// <summary>
    /// Environment.SetEnvironmentVariable changes only .NET's copy of the environment on Unix; the
    /// SoftHSM module reads SOFTHSM2_CONF with getenv, so the C library's copy is set too.
    /// </summary>
    private static void SetProcessEnvironment(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (NativeMethods.setenv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA2101", Justification = "Paths of a temp folder; ANSI is UTF-8 on Linux.")]
        public static extern int setenv(string name, string value, int overwrite);
    }
}
