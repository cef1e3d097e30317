using System.CommandLine;
using Spectre.Console;

namespace Confidant.Cli.Scan;

/// <summary><c>confidant scan [FILE]</c>: redacts text line by line, or lists findings.</summary>
internal static class ScanCommand
{
    /// <summary>Files above this size get a progress bar (when stderr is a terminal).</summary>
    private const long ProgressThresholdBytes = 1024 * 1024;

    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "Input file (UTF-8). Standard input when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Input is JSONL messages; output is JSONL with \"redacted\" and \"findings\" (the text field is dropped).",
        };
        var json = new Option<bool>("--json", "--list")
        {
            Description = "Write the findings as JSON lines (class, offsets, score, recognizer, validator, context words; never the value).",
        };
        var conversation = new Option<bool>("--conversation")
        {
            Description = "Treat the lines as the messages of one conversation: a value split across lines is redacted in both.",
        };
        var field = new Option<string>("--field")
        {
            Description = "JSONL field holding the message text.",
            DefaultValueFactory = _ => "text",
        };

        var command = new Command("scan", "Redact sensitive values, one message per line, line for line (works in a pipe).")
        {
            file, jsonl, json, conversation, field,
        };
        command.SetAction(parseResult =>
        {
            var settings = new ScanSettings(
                parseResult.GetValue(file)?.FullName,
                parseResult.GetValue(jsonl),
                parseResult.GetValue(json),
                parseResult.GetValue(conversation),
                parseResult.GetValue(field) ?? "text");
            return Run(environment, settings);
        });
        return command;
    }

    private static int Run(CliEnvironment environment, ScanSettings settings)
    {
        var runner = new ScanRunner(environment.CreateDetector(), settings, environment.Out, environment.Error);
        if (settings.File is null)
        {
            return runner.Run(environment.In);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(settings.File, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"cannot read {settings.File}: {ex.Message}");
            return 2;
        }

        using (stream)
        using (var reader = CliEnvironment.OpenText(stream))
        {
            if (!environment.ErrorIsTerminal || stream.Length <= ProgressThresholdBytes)
            {
                return runner.Run(reader);
            }

            return RunWithProgress(runner, reader, stream);
        }
    }

    /// <summary>Draws a progress bar on stderr (never stdout, which carries the redacted text).</summary>
    private static int RunWithProgress(ScanRunner runner, StreamReader reader, FileStream stream)
    {
        // Spectre only recognises the console's own writer as a terminal, so draw on Console.Error
        // (the same stream as environment.Error, which is only ever a terminal here).
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });
        var exitCode = 0;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Scanning", maxValue: stream.Length);
                var lines = 0;
                exitCode = runner.Run(reader, () =>
                {
                    // Reading the position every line would cost more than the update is worth.
                    if (++lines % 256 == 0)
                    {
                        task.Value = stream.Position;
                    }
                });
                task.Value = stream.Length;
            });
        return exitCode;
    }
}
