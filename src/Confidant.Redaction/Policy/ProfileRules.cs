using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Policy;

/// <summary>The rules of the regulation profiles and of Confidant's baseline.</summary>
internal static class ProfileRules
{
    private static readonly HashSet<RedactionAction> Withheld = [RedactionAction.Redact, RedactionAction.Drop, RedactionAction.Block];

    private static readonly HashSet<RedactionAction> NotInClear =
        [.. Enum.GetValues<RedactionAction>().Where(a => a != RedactionAction.Allow)];

    private static readonly HashSet<RedactionAction> NotReadable =
        [.. Enum.GetValues<RedactionAction>().Where(a => a is not (RedactionAction.Allow or RedactionAction.Mask))];

    public static IReadOnlyList<ProfileRule> All { get; } =
    [
        new(RedactionErrorCodes.CredentialsNotWithheld, null,
            "credentials (passwords, PINs, one-time codes, API keys, private keys) are never kept or forwarded",
            (c, _) => IsCredential(c), Withheld),
        new(RedactionErrorCodes.PciCardNumberInClear, PrivacyProfile.PciDss,
            "a card number never reaches a sink in the clear (PCI DSS 3.4: tokenize, mask to at most first six and last four, or redact)",
            (c, _) => c == DataClasses.CardNumber, NotInClear),
        new(RedactionErrorCodes.PciSecurityCodeNotBlocked, PrivacyProfile.PciDss,
            "a card security code is sensitive authentication data: the message is blocked and nothing of it is stored, not even encrypted (PCI DSS 3.3)",
            (c, _) => c == DataClasses.CardSecurityCode, new HashSet<RedactionAction> { RedactionAction.Block }),
        new(RedactionErrorCodes.HipaaConnectorWithoutAgreement, PrivacyProfile.Hipaa,
            "health data never reaches a connector without a business-associate agreement (set BusinessAssociateAgreement on the sink if one is signed)",
            (c, s) => IsHealth(c) && s.Kind == SinkKind.Connector && !s.HasBusinessAssociateAgreement, Withheld),
        new(RedactionErrorCodes.HipaaHealthInTelemetry, PrivacyProfile.Hipaa,
            "health data never reaches logs or analytics",
            (c, s) => IsHealth(c) && s.Kind is SinkKind.Logs or SinkKind.Analytics, Withheld),
        new(RedactionErrorCodes.GdprPersonalDataInTelemetry, PrivacyProfile.Gdpr,
            "personal data reaches logs and analytics only pseudonymised, tokenized, hashed or removed (data minimisation)",
            (c, s) => c.Tier >= SensitivityTier.Confidential && s.Kind is SinkKind.Logs or SinkKind.Analytics, NotReadable),
    ];

    public static bool IsCredential(DataClass dataClass) => dataClass.Family == "credentials";

    public static bool IsHealth(DataClass dataClass) => dataClass.Family == "health";

    public static string ProfileName(PrivacyProfile? profile) => profile switch
    {
        PrivacyProfile.PciDss => "PCI DSS",
        PrivacyProfile.Hipaa => "HIPAA",
        PrivacyProfile.Gdpr => "GDPR",
        _ => "Confidant baseline",
    };
}
