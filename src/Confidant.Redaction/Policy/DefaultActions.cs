using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Policy;

/// <summary>
/// The action a class gets in a sink when the policy says nothing: the baseline by sensitivity
/// tier, then what the profiles in force require. Every default satisfies <see cref="ProfileRules"/>.
/// </summary>
internal static class DefaultActions
{
    public static RedactionAction For(DataClass dataClass, Sink sink, IReadOnlySet<PrivacyProfile> profiles)
    {
        // Credentials and card security codes are never accepted, whatever the profiles.
        if (ProfileRules.IsCredential(dataClass) || dataClass == DataClasses.CardSecurityCode)
        {
            return RedactionAction.Block;
        }

        if (dataClass == DataClasses.CardNumber && profiles.Contains(PrivacyProfile.PciDss))
        {
            return sink.Kind switch
            {
                SinkKind.Bot or SinkKind.Connector => RedactionAction.Tokenize,
                SinkKind.Logs or SinkKind.Analytics => RedactionAction.Redact,
                _ => RedactionAction.Mask,
            };
        }

        if (ProfileRules.IsHealth(dataClass))
        {
            return sink.Kind switch
            {
                SinkKind.Bot => RedactionAction.Pseudonymize,
                SinkKind.Connector => sink.HasBusinessAssociateAgreement || !profiles.Contains(PrivacyProfile.Hipaa)
                    ? RedactionAction.Pseudonymize
                    : RedactionAction.Redact,
                SinkKind.HumanAgent or SinkKind.Echo => RedactionAction.Allow,
                _ => RedactionAction.Redact,
            };
        }

        return dataClass.Tier switch
        {
            SensitivityTier.Restricted => sink.Kind switch
            {
                SinkKind.Bot => RedactionAction.Pseudonymize,
                SinkKind.Transcript or SinkKind.HumanAgent or SinkKind.Echo => RedactionAction.Mask,
                _ => RedactionAction.Redact,
            },
            SensitivityTier.Confidential => sink.Kind switch
            {
                SinkKind.Bot => RedactionAction.Pseudonymize,
                SinkKind.Transcript => RedactionAction.Mask,
                SinkKind.HumanAgent or SinkKind.Echo => RedactionAction.Allow,
                _ => RedactionAction.Redact,
            },
            SensitivityTier.Internal => sink.Kind == SinkKind.Logs ? RedactionAction.Redact : RedactionAction.Allow,
            _ => RedactionAction.Allow,
        };
    }
}
