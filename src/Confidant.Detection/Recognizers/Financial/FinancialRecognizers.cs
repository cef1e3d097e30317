using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>The financial recognizers.</summary>
internal static class FinancialRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) => [];
}
