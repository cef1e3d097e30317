using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Conversation;

/// <summary>A finding in a conversation; a value split across messages has one part per message.</summary>
public sealed class ConversationFinding
{
    internal ConversationFinding(DataClass dataClass, double score, IReadOnlyList<FindingPart> parts, FindingExplanation explanation)
    {
        Class = dataClass;
        Score = score;
        Parts = parts;
        Explanation = explanation;
    }

    /// <summary>The data class.</summary>
    public DataClass Class { get; }

    /// <summary>Confidence between 0 and 1.</summary>
    public double Score { get; }

    /// <summary>Where the value lies, message by message, in conversation order.</summary>
    public IReadOnlyList<FindingPart> Parts { get; }

    /// <summary>True when the value spans more than one message.</summary>
    public bool SpansMessages => Parts.Count > 1;

    /// <summary>Why the value was reported.</summary>
    public FindingExplanation Explanation { get; }

    /// <summary>Describes the finding without its value.</summary>
    public override string ToString() =>
        $"{Class.Name} in {string.Join(", ", Parts.Select(p => $"message {p.MessageIndex} [{p.Start}..{p.End})"))} score {Score:0.00}";
}
