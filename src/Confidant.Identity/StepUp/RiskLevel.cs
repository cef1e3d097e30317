namespace Confidant.Identity.StepUp;

/// <summary>How risky an action is; the dialog engine declares one for each action.</summary>
public enum RiskLevel
{
    /// <summary>Reading one's own data (a balance): being signed in is enough.</summary>
    Low,

    /// <summary>Reversible changes (freezing a card): a session that presented a second factor; a trusted-device session is asked for one.</summary>
    Medium,

    /// <summary>Moving money, changing the postal address, revealing a card: a second factor within the last few minutes, bound to the transaction for payments.</summary>
    High,
}
