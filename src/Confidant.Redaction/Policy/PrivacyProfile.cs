namespace Confidant.Redaction.Policy;

/// <summary>A regulation profile: it sets defaults and rules that a policy may tighten but never weaken.</summary>
public enum PrivacyProfile
{
    /// <summary>PCI DSS: card numbers tokenized or masked (at most first six and last four), security codes blocked and never stored.</summary>
    PciDss,

    /// <summary>HIPAA: health data never to logs, analytics or a connector without a business-associate agreement.</summary>
    Hipaa,

    /// <summary>GDPR: minimisation (no personal data in logs or analytics) and retention periods per class.</summary>
    Gdpr,
}
