using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>The government recognizers.</summary>
internal static class GovernmentRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options)
    {
        NationalIdRecognizer[] nationalIds =
        [
            new UsSsnRecognizer(),
            new UsItinRecognizer(),
            new UkNinoRecognizer(),
            new SpanishDniRecognizer(),
            new CanadianSinRecognizer(),
            new AadhaarRecognizer(),
            new IndianPanRecognizer(),
            new ItalianFiscalCodeRecognizer(),
            new GermanTaxIdRecognizer(),
        ];

        // Ids of a disabled class are left out of the walk (each recognizes one class), as the
        // detector leaves out a recognizer whose every class is disabled.
        var enabled = nationalIds.Where(r => !options.DisabledClasses.Contains(r.Classes[0].Name)).ToList();
        if (enabled.Count > 0)
        {
            yield return new NationalIdGroup(enabled);
        }

        yield return new PassportRecognizer();
        yield return new DriverLicenseRecognizer();
    }
}
