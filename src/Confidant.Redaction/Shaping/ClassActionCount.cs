using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;

namespace Confidant.Redaction.Shaping;

/// <summary>How many values of a class were shaped for a sink, and with which action. Never the values.</summary>
public readonly record struct ClassActionCount(DataClass Class, RedactionAction Action, int Count);
