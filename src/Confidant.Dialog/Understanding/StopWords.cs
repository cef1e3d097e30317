using System.Collections.Frozen;

namespace Confidant.Dialog.Understanding;

/// <summary>
/// Function words that say nothing about what a customer wants. Kept short on purpose: words such
/// as <c>on</c>, <c>off</c>, <c>back</c>, <c>new</c>, <c>when</c> and <c>where</c> separate intents
/// (turn the card back on, where is my order) and stay, and so does <c>it</c> (that's it). Entries
/// are in folded form (no accents).
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // English
        "a", "an", "the", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your",
        "yours", "u", "ur", "he", "him", "his", "she", "her", "they", "them", "their", "its",
        "this", "that", "these", "those", "is", "am", "are", "was", "were", "be", "been", "being",
        "do", "does", "did", "doing", "have", "has", "having", "to", "of", "in", "into", "for", "from",
        "at", "by", "with", "about", "as", "and", "or", "but", "if", "so", "than", "then", "too",
        "very", "just", "also", "please", "pls", "plz", "can", "could", "would", "should", "will",
        "shall", "may", "might", "must", "some", "any", "there",
        "here", "what", "whats", "which", "who", "whom", "how", "why", "s", "t", "d", "m", "ll", "ve",
        "re", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "won",
        "wouldn", "couldn", "shouldn", "ain", "ok", "okay", "oh", "um", "uh", "really", "get", "got",
        "gotten", "let", "im", "ive", "id", "one", "right",
        // Spanish
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "mi", "mis", "por",
        "favor", "que", "y", "en", "con", "es", "al", "lo", "se", "su", "sus", "tu", "quiero",
        // French
        "le", "les", "une", "du", "des", "mon", "ma", "mes", "je", "ai", "est", "et", "pour", "par",
        "avec", "il", "vous", "plait", "ce", "cet", "cette", "veux", "voudrais", "suis",
        // German
        "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "ich", "mein", "meine",
        "meinen", "mit", "und", "ist", "zu", "bitte", "mochte", "habe", "von", "wie", "was",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (folded, lower case, unstemmed) is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
