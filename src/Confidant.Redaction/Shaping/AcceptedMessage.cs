using Confidant.Redaction.Policy;

namespace Confidant.Redaction.Shaping;

/// <summary>A message the policy accepts: its view for every sink, a summary by class and the tokens made.</summary>
public sealed class AcceptedMessage : MessageOutcome
{
    internal AcceptedMessage(IReadOnlyList<ShapedText> views, IReadOnlyList<ClassCount> findings, IReadOnlyList<TokenizedFinding> tokens, TimeSpan retention)
    {
        Views = views;
        Findings = findings;
        Tokens = tokens;
        Retention = retention;
    }

    /// <inheritdoc />
    public override bool IsAccepted => true;

    /// <summary>One view per sink of the policy, in the policy's sink order.</summary>
    public IReadOnlyList<ShapedText> Views { get; }

    /// <summary>Findings by class and count (never values), for storage and audit.</summary>
    public IReadOnlyList<ClassCount> Findings { get; }

    /// <summary>The values that were tokenized and their tokens; the vault holds the values.</summary>
    public IReadOnlyList<TokenizedFinding> Tokens { get; }

    /// <summary>How long the message may be kept: the shortest retention of the classes it holds.</summary>
    public TimeSpan Retention { get; }

    /// <summary>The view for <paramref name="sink"/>.</summary>
    public ShapedText View(Sink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return View(sink.Name);
    }

    /// <summary>The view for the sink named <paramref name="sinkName"/>.</summary>
    public ShapedText View(string sinkName)
    {
        foreach (var view in Views)
        {
            if (string.Equals(view.Sink.Name, sinkName, StringComparison.OrdinalIgnoreCase))
            {
                return view;
            }
        }

        throw new KeyNotFoundException($"{RedactionErrorCodes.UnknownSink}: no sink '{sinkName}'.");
    }

    /// <inheritdoc />
    public override string ToString() => $"AcceptedMessage({Views.Count} views, {Findings.Sum(f => f.Count)} findings)";
}
