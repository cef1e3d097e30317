using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;

namespace Confidant.Redaction.Shaping.Masking;

/// <summary>Which mask each class gets.</summary>
internal static class MaskRedactors
{
    private static readonly MaskRedactor Full = new(MaskStyle.Full);
    private static readonly MaskRedactor CardLastFour = new(MaskStyle.CardLastFour);
    private static readonly MaskRedactor CardFirstSixLastFour = new(MaskStyle.CardFirstSixLastFour);
    private static readonly MaskRedactor LastFour = new(MaskStyle.LastFour);
    private static readonly MaskRedactor Email = new(MaskStyle.Email);
    private static readonly MaskRedactor Initials = new(MaskStyle.Initials);

    private static readonly HashSet<string> LastFourClasses = new(StringComparer.Ordinal)
    {
        DataClasses.BankAccount.Name, DataClasses.Iban.Name, DataClasses.RoutingNumber.Name, DataClasses.CryptoWallet.Name,
        DataClasses.UsSsn.Name, DataClasses.UsItin.Name, DataClasses.Passport.Name, DataClasses.DriverLicense.Name, DataClasses.UkNino.Name,
        DataClasses.Phone.Name, DataClasses.MedicalRecordNumber.Name, DataClasses.HealthPlanId.Name, DataClasses.MedicareMbi.Name, DataClasses.Npi.Name,
    };

    public static MaskRedactor For(DataClass dataClass, CardMaskStyle cardMask)
    {
        if (dataClass == DataClasses.CardNumber)
        {
            return cardMask == CardMaskStyle.FirstSixLastFour ? CardFirstSixLastFour : CardLastFour;
        }

        if (dataClass == DataClasses.Email)
        {
            return Email;
        }

        if (dataClass == DataClasses.PersonName)
        {
            return Initials;
        }

        return LastFourClasses.Contains(dataClass.Name) ? LastFour : Full;
    }
}
