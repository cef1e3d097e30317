namespace Confidant.Detection.Streaming;

/// <summary>A piece of a stream that is final: its text and the findings that start in it (stream offsets).</summary>
/// <param name="Offset">Offset of <paramref name="Text"/> from the start of the stream.</param>
/// <param name="Text">The released text, exactly as written.</param>
/// <param name="Findings">Findings that start in this piece, with offsets from the start of the stream.</param>
public sealed record StreamRelease(int Offset, string Text, IReadOnlyList<Finding> Findings);
