namespace Confidant.Dialog.Backends.Banking;

/// <summary>What became of a transfer.</summary>
public enum TransferOutcome
{
    /// <summary>The money was sent.</summary>
    Completed,

    /// <summary>Not enough money in the account; nothing was sent.</summary>
    InsufficientFunds,

    /// <summary>The bank refused the transfer (a limit, a currency it cannot send); nothing was sent.</summary>
    Refused,
}
