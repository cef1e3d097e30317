namespace Confidant.Dialog.Backends;

/// <summary>The answer to a request to change something: what happened, and the backend's reference for it.</summary>
/// <param name="Outcome">What the backend did.</param>
/// <param name="Reference">The backend's reference (a replacement card, a return, a booking), when there is one.</param>
public sealed record ChangeResult(ChangeOutcome Outcome, string? Reference = null)
{
    /// <summary>Shows the outcome and the reference (an id).</summary>
    public override string ToString() => $"ChangeResult {{ Outcome = {Outcome}, Reference = {Reference} }}";
}
