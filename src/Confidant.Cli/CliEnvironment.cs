using System.Text;
using Confidant.Detection;

namespace Confidant.Cli;

/// <summary>
/// Where the commands read and write, and how they get a detector, so tests can run them in
/// process with string readers and writers.
/// </summary>
internal sealed class CliEnvironment
{
    /// <summary>
    /// UTF-8 that replaces invalid bytes with U+FFFD instead of throwing: broken input must not
    /// crash a scan, and no BOM is written on output.
    /// </summary>
    public static Encoding LenientUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Standard input.</summary>
    public required TextReader In { get; init; }

    /// <summary>Standard output.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when standard error is a terminal (a progress bar may be drawn there).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Creates the detector the commands use.</summary>
    public Func<SensitiveDataDetector> CreateDetector { get; init; } = () => new SensitiveDataDetector();

    /// <summary>The process's console, read and written as UTF-8.</summary>
    public static CliEnvironment FromConsole()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), LenientUtf8, 64 * 1024)
        {
            // Interactive use wants each redacted line at once; a pipe or file is faster buffered.
            AutoFlush = !Console.IsInputRedirected || !Console.IsOutputRedirected,
        };
        var error = new StreamWriter(Console.OpenStandardError(), LenientUtf8) { AutoFlush = true };
        return new CliEnvironment
        {
            In = new StreamReader(Console.OpenStandardInput(), LenientUtf8, detectEncodingFromByteOrderMarks: false, 64 * 1024),
            Out = output,
            Error = error,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    /// <summary>Opens a file for reading as lenient UTF-8 (a BOM, if any, is skipped).</summary>
    public static StreamReader OpenText(FileStream stream) => new(stream, LenientUtf8, detectEncodingFromByteOrderMarks: true, 64 * 1024);
}
