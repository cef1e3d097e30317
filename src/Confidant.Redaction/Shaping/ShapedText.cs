using Confidant.Redaction.Policy;

namespace Confidant.Redaction.Shaping;

/// <summary>A message as one sink may see it.</summary>
public sealed class ShapedText
{
    internal ShapedText(Sink sink, string? text, bool isDropped, IReadOnlyList<ClassActionCount> summary, IReadOnlyList<BlockReason> blockReasons)
    {
        Sink = sink;
        Text = text;
        IsDropped = isDropped;
        Summary = summary;
        BlockReasons = blockReasons;
    }

    /// <summary>The sink.</summary>
    public Sink Sink { get; }

    /// <summary>The shaped text; null when the sink gets nothing (dropped or blocked).</summary>
    public string? Text { get; }

    /// <summary>The sink does not get this message (a class in it is dropped for this sink).</summary>
    public bool IsDropped { get; }

    /// <summary>The message must be refused (a class in it is blocked for this sink).</summary>
    public bool IsBlocked => BlockReasons.Count > 0;

    /// <summary>Per class: how many values and which action. Never the values.</summary>
    public IReadOnlyList<ClassActionCount> Summary { get; }

    /// <summary>Why the message is refused, when it is.</summary>
    public IReadOnlyList<BlockReason> BlockReasons { get; }

    /// <summary>Describes the view without its text.</summary>
    public override string ToString() =>
        $"ShapedText({Sink.Name}: {(IsBlocked ? "blocked" : IsDropped ? "dropped" : $"{Text!.Length} chars")}, {Summary.Sum(s => s.Count)} values)";
}
