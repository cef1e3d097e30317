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

    /// <summary>Also an everyday phrase ("presión baja" in a tyre, "yeux rouges" in a photo): it counts only near a medical word.</summary>
    public bool IsEveryday { get; } = words.Length > 1 && Recognizers.Health.HealthTermRecognizer.IsEverydayPhrase(string.Join(' ', words));
}
