namespace Confidant.Identity.StepUp;

/// <summary>What the dialog engine is about to do.</summary>
/// <param name="Action">The action's name (an identifier such as <c>transfer</c>, <c>change-address</c>).</param>
/// <param name="Risk">Its risk level.</param>
/// <param name="Payment">For a payment, what the confirmation must be bound to.</param>
public sealed record StepUpRequest(string Action, RiskLevel Risk, PaymentDetails? Payment = null);
