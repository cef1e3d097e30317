using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Engine;

/// <summary>
/// Finds values of one or a few data classes in a <see cref="ScanContext"/>. Implementations are
/// immutable and thread-safe; everything per scan lives in the context. They must run in time
/// linear in the text (no backtracking regexes) and must not allocate when they find nothing.
/// </summary>
internal interface IRecognizer
{
    /// <summary>Stable id shown in explanations, such as <c>payment.card</c>.</summary>
    string Id { get; }

    /// <summary>The ids findings of this recognizer carry: its own, or those of the recognizers it runs as one.</summary>
    IEnumerable<string> FindingIds => [Id];

    /// <summary>The classes this recognizer can report.</summary>
    IReadOnlyList<DataClass> Classes { get; }

    /// <summary>Adds candidates for the text in <paramref name="context"/>.</summary>
    void Recognize(ScanContext context);
}
