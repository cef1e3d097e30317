using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Policy;

/// <summary>
/// Retention periods by class. Under the GDPR profile these are also the longest a policy may set
/// (storage limitation); a policy may always shorten them.
/// </summary>
internal static class RetentionDefaults
{
    public static TimeSpan Message { get; } = TimeSpan.FromDays(365);

    public static TimeSpan For(DataClass dataClass)
    {
        if (ProfileRules.IsCredential(dataClass) || dataClass == DataClasses.CardSecurityCode)
        {
            return TimeSpan.Zero;
        }

        return dataClass.Tier switch
        {
            SensitivityTier.Restricted => TimeSpan.FromDays(90),
            SensitivityTier.Confidential => TimeSpan.FromDays(365),
            _ => TimeSpan.FromDays(730),
        };
    }
}
