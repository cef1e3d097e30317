namespace Confidant.Dialog.Understanding;

/// <summary>A word of a message after <see cref="TextAnalyzer"/>: stemmed, or a stop word as written (folded).</summary>
/// <param name="Term">The term.</param>
/// <param name="IsStopWord">True for a stop word, which is never a term on its own.</param>
internal readonly record struct AnalyzedWord(string Term, bool IsStopWord);
