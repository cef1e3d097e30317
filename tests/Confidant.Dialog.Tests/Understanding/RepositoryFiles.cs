namespace Confidant.Dialog.Tests.Understanding;

/// <summary>Finds files of the repository (bot packs, evaluation sets) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Confidant.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Confidant.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string IntentFile(string bot) => Path.Combine(Root, "bots", bot, "intents.yaml");

    public static string EvaluationSet(string bot) => Path.Combine(Root, "eval", "intents", bot + ".tsv");

    public static string FreshSet(string bot) => Path.Combine(Root, "eval", "intents", "fresh", bot + ".tsv");
}
