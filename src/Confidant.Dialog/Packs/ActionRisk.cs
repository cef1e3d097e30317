namespace Confidant.Dialog.Packs;

/// <summary>How risky an action is; the engine asks the action gate (step-up) before medium and high ones.</summary>
public enum ActionRisk
{
    /// <summary>Reading the customer's own data.</summary>
    Low,

    /// <summary>A reversible change.</summary>
    Medium,

    /// <summary>Moving money, changing the address, revealing a card.</summary>
    High,
}
