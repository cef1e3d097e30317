using Confidant.Detection;

namespace Confidant.Cli.Scan;

/// <summary>A finding (or the part of one) inside one input line, in that line's UTF-16 offsets.</summary>
/// <param name="Start">Start offset in the line.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="ClassName">The data class name, used as the replacement <c>[CLASS_NAME]</c>.</param>
/// <param name="Score">The finding's confidence.</param>
/// <param name="Explanation">Recognizer, validator and context words.</param>
/// <param name="SpansMessages">True when the finding continues in another line (conversation mode).</param>
internal readonly record struct RedactionSpan(int Start, int End, string ClassName, double Score, FindingExplanation Explanation, bool SpansMessages);
