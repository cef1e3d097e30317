using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>The government recognizers.</summary>
internal static class GovernmentRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) => [];
}
