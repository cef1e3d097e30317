using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Tests.Support;

/// <summary>A sentence with one value of a class that the detector finds.</summary>
public sealed record PlantedValue(DataClass Class, string Sentence, string Value)
{
    public override string ToString() => Class.Name;
}
