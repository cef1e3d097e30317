using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Engine;

/// <summary>A possible finding, in normalised-text offsets, before thresholds and overlaps are applied.</summary>
internal readonly record struct Candidate(
    DataClass Class,
    int Start,
    int End,
    double Score,
    string RecognizerId,
    string? Validator,
    ContextKinds Context,
    string[]? ContextWords = null)
{
    public int Length => End - Start;
}
