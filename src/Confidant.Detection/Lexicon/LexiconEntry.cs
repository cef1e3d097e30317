using System.Collections.Frozen;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Lexicon;

/// <summary>Everything the lexicon knows about one word (case-insensitive).</summary>
internal sealed class LexiconEntry
{
    public WordFlags Flags;
    public ContextKinds Context;

    /// <summary>Health phrases that start with this word, longest first (a one-word phrase is just the word).</summary>
    public HealthPhrase[] Phrases = [];
}

/// <summary>A dictionary phrase such as "shortness of breath", split into its words.</summary>
internal sealed class HealthPhrase(string[] words, DataClass dataClass)
{
    public string[] Words { get; } = words;

    public DataClass Class { get; } = dataClass;

    /// <summary>
    /// Phrases of the health lists that everyday text also uses ("presión baja" in a tyre, "yeux
    /// rouges" in a photo), kept as <see cref="WordLexicon.SplitWords"/> splits them (words joined
    /// by one space), so "test d'effort" matches its phrase.
    /// </summary>
    private static readonly FrozenSet<string> EverydayPhrases = new[]
    {
        "yeux rouges", "ojos rojos", "bilan de santé", "bilan de sante", "test d'effort", "prueba de esfuerzo",
        "presión baja", "presion baja", "presión alta", "presion alta", "tensión baja", "tension baja", "tensión alta",
        "tension alta", "mal au cœur", "mal au coeur", "high sugar", "weight gain", "erhöhte temperatur", "malestar general", "water infection",
    }.Select(p => string.Join(' ', WordLexicon.SplitWords(p))).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Also an everyday phrase: the health recognizer counts it only near a medical word.</summary>
    public bool IsEveryday { get; } = words.Length > 1 && EverydayPhrases.Contains(string.Join(' ', words));
}
