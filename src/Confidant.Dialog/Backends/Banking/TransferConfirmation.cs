namespace Confidant.Dialog.Backends.Banking;

/// <summary>The bank's answer to a transfer.</summary>
/// <param name="Outcome">Whether the money was sent.</param>
/// <param name="Reference">The bank's reference when it was sent.</param>
/// <param name="Summary">A sentence the customer can be shown, such as <c>250.00 GBP sent to landlord</c>.</param>
public sealed record TransferConfirmation(TransferOutcome Outcome, string? Reference, string Summary)
{
    /// <summary>Shows the outcome and the reference (an id).</summary>
    public override string ToString() => $"TransferConfirmation {{ Outcome = {Outcome}, Reference = {Reference} }}";
}
