using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>The government recognizers.</summary>
internal static class GovernmentRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new UsSsnRecognizer(),
        new UsItinRecognizer(),
        new UkNinoRecognizer(),
        new SpanishDniRecognizer(),
        new PassportRecognizer(),
        new DriverLicenseRecognizer(),
    ];
}
