namespace Confidant.Detection.Lexicon;

/// <summary>Reads the word lists embedded in this assembly (see docs/dictionaries.md for sources and licences).</summary>
internal static class DictionaryResources
{
    public const string FirstNames = "first-names";
    public const string Surnames = "surnames";
    public const string AmbiguousNames = "ambiguous-names";
    public const string HealthConditions = "health-conditions";
    public const string Symptoms = "symptoms";
    public const string Medications = "medications";
    public const string Procedures = "procedures";
    public const string StreetSuffixes = "street-suffixes";
    public const string UsStates = "us-states";

    /// <summary>The entries of one list: trimmed, non-empty lines.</summary>
    public static IEnumerable<string> Read(string name)
    {
        var resource = $"Confidant.Detection.Dictionaries.{name}.txt";
        using var stream = typeof(DictionaryResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded dictionary '{resource}' is missing from {typeof(DictionaryResources).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                yield return entry;
            }
        }
    }
}
