namespace Confidant.Server.Chat;

/// <summary>One message as the customer sees it in their transcript (sensitive values masked).</summary>
/// <param name="Id">The message id.</param>
/// <param name="Role"><c>customer</c>, <c>bot</c> or <c>agent</c>.</param>
/// <param name="Text">The customer's view of the text.</param>
/// <param name="At">When it was stored.</param>
public sealed record ChatMessageView(Guid Id, string Role, string Text, DateTimeOffset At);
