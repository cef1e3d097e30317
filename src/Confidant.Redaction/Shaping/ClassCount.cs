using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Shaping;

/// <summary>How many values of a class a message held. Never the values.</summary>
public readonly record struct ClassCount(DataClass Class, int Count);
