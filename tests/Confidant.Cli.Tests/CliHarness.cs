using System.Text;
using Confidant.Detection;

namespace Confidant.Cli.Tests;

/// <summary>Runs the command line in process with string input and captured output.</summary>
internal static class CliHarness
{
    public static CliResult Run(string input, params string[] args) => Run(input, null, args);

    public static CliResult Run(string input, Func<SensitiveDataDetector>? detector, params string[] args) =>
        Run(new StringReader(input), detector, args);

    public static CliResult RunBytes(byte[] input, params string[] args) =>
        Run(new StreamReader(new MemoryStream(input), CliEnvironment.LenientUtf8), null, args);

    private static CliResult Run(TextReader input, Func<SensitiveDataDetector>? detector, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment
        {
            In = input,
            Out = output,
            Error = error,
            ErrorIsTerminal = false,
            CreateDetector = detector ?? (() => new SensitiveDataDetector()),
        };
        var exitCode = ConfidantCli.Run(args, environment);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// A detector with only configured patterns, for cards (Luhn-checked, four groups of four) and
    /// emails, so the command plumbing is tested apart from the built-in recognizers.
    /// </summary>
    public static SensitiveDataDetector PatternDetector(int maxInputLength = 1024 * 1024)
    {
        var options = new DetectionOptions { MaxInputLength = maxInputLength, UseBuiltInRecognizers = false };
        options.CustomRecognizers.Add(new CustomRecognizerOptions
        {
            Id = "test.card",
            DataClass = "CARD_NUMBER",
            Pattern = @"\b\d{4} \d{4} \d{4} \d{4}\b",
            Validator = "luhn",
            Score = 0.9,
        });
        options.CustomRecognizers.Add(new CustomRecognizerOptions
        {
            Id = "test.email",
            DataClass = "EMAIL",
            Pattern = @"\b[a-z]+@[a-z]+\.[a-z]+\b",
            Score = 0.9,
        });
        return new SensitiveDataDetector(options);
    }

    public static string Utf8(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
