using Confidant.Cli.Eval.Metrics;

namespace Confidant.Cli.Eval;

/// <summary>One labelled message of a corpus.</summary>
/// <param name="Id">Its id (or its line number when it has none).</param>
/// <param name="Conversation">The conversation it belongs to, or null for a message scanned alone.</param>
/// <param name="Turn">Its position in the conversation.</param>
/// <param name="Text">The text.</param>
/// <param name="Gold">The gold spans, UTF-16 offsets, with our class names.</param>
internal sealed record EvalMessage(string Id, string? Conversation, int Turn, string Text, IReadOnlyList<LabelledSpan> Gold);
