namespace Confidant.Cli.Scan;

/// <summary>What <c>confidant scan</c> was asked to do.</summary>
/// <param name="File">The input file, or null for standard input.</param>
/// <param name="Jsonl">Input is JSONL messages; output is JSONL with <c>redacted</c> and <c>findings</c>.</param>
/// <param name="FindingsOnly">Write findings as JSON lines instead of the redacted text.</param>
/// <param name="Conversation">The lines are the messages of one conversation.</param>
/// <param name="Field">The JSONL field holding the message text.</param>
internal sealed record ScanSettings(string? File, bool Jsonl, bool FindingsOnly, bool Conversation, string Field);
