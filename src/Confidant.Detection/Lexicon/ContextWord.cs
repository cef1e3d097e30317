namespace Confidant.Detection.Lexicon;

/// <summary>A context keyword and what it suggests.</summary>
internal readonly record struct ContextWord(string Word, ContextKinds Kinds);
