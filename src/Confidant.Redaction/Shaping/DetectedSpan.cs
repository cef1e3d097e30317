using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Shaping;

/// <summary>A value to shape: its class and where it lies in the message.</summary>
internal readonly record struct DetectedSpan(DataClass Class, int Start, int End)
{
    public int Length => End - Start;
}
