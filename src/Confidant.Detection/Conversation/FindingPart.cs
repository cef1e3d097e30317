namespace Confidant.Detection.Conversation;

/// <summary>The piece of a finding that lies in one message of a conversation.</summary>
/// <param name="MessageIndex">Index of the message in the conversation (0 for the first message scanned).</param>
/// <param name="Start">Start offset in that message.</param>
/// <param name="End">End offset (exclusive) in that message.</param>
public readonly record struct FindingPart(int MessageIndex, int Start, int End);
