using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>The health recognizers.</summary>
internal static class HealthRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new HealthTermRecognizer(),
        new SymptomPhraseRecognizer(),
        new MedicalRecordNumberRecognizer(),
        new HealthPlanIdRecognizer(),
        new HealthCardNumberRecognizer(),
        new NpiRecognizer(),
        new MedicareMbiRecognizer(),
    ];
}
