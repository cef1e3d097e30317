using System.CommandLine;
using Confidant.Cli.Eval.Presidio;

namespace Confidant.Cli.Eval;

/// <summary>
/// <c>confidant eval CORPUS</c>: precision, recall, F1 and F2 per class on a labelled corpus;
/// <c>confidant eval --presidio-cases PATH</c>: pass rates on Presidio's recognizer test vectors.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var corpus = new Argument<FileInfo?>("CORPUS")
        {
            Description = "Labelled corpus (see docs/evaluation.md).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "Corpus format: confidant (JSONL, UTF-16 offsets) or presidio (JSON/JSONL InputSample, code-point offsets).",
            DefaultValueFactory = _ => "confidant",
        };
        format.AcceptOnlyFromAmong("confidant", "presidio");
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON document." };
        var presidioCases = new Option<FileInfo?>("--presidio-cases")
        {
            Description = "Run Presidio's recognizer test vectors (shared/eval/presidio-recognizer-cases.jsonl) and print a markdown report.",
        };

        var errors = new Option<string?>("--errors")
        {
            Description = "After the report, list the missed and spurious spans of this class (or ALL), with their messages. The corpus text is printed: use it on test corpora only.",
        };

        var command = new Command("eval", "Measure the detector on a labelled corpus.") { corpus, format, json, presidioCases, errors };
        command.Validators.Add(result =>
        {
            if (result.GetValue(corpus) is null && result.GetValue(presidioCases) is null)
            {
                result.AddError("Give a CORPUS, --presidio-cases PATH, or both.");
            }
        });
        command.SetAction(parseResult => Run(
            environment,
            parseResult.GetValue(corpus),
            parseResult.GetValue(format) ?? "confidant",
            parseResult.GetValue(json),
            parseResult.GetValue(presidioCases),
            parseResult.GetValue(errors)));
        return command;
    }

    private static int Run(CliEnvironment environment, FileInfo? corpusFile, string format, bool json, FileInfo? presidioCases, string? errors)
    {
        var detector = environment.CreateDetector();
        try
        {
            if (corpusFile is not null)
            {
                EvalCorpus corpus;
                using (var stream = corpusFile.OpenRead())
                using (var reader = CliEnvironment.OpenText(stream))
                {
                    corpus = format == "presidio" ? PresidioCorpusReader.Read(reader) : ConfidantCorpusReader.Read(reader);
                }

                var result = CorpusEvaluator.Evaluate(detector, corpus);
                if (json)
                {
                    EvaluationReportWriter.WriteJson(environment.Out, result);
                }
                else
                {
                    EvaluationReportWriter.WriteText(environment.Out, result);
                }

                if (errors is not null)
                {
                    EvaluationReportWriter.WriteErrors(environment.Out, result, corpus, errors);
                }
            }

            if (presidioCases is not null)
            {
                if (corpusFile is not null)
                {
                    environment.Out.WriteLine();
                }

                IReadOnlyList<PresidioCase> cases;
                using (var stream = presidioCases.OpenRead())
                using (var reader = CliEnvironment.OpenText(stream))
                {
                    cases = PresidioCaseReader.Read(reader);
                }

                PresidioCasesReportWriter.WriteMarkdown(environment.Out, PresidioCaseRunner.Run(detector, cases));
            }

            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"cannot read the corpus: {ex.Message}");
            return 2;
        }
        catch (CorpusFormatException ex)
        {
            environment.Error.WriteLine($"the corpus is not in the {format} format: {ex.Message}");
            return 2;
        }
    }
}
