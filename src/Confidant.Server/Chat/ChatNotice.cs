namespace Confidant.Server.Chat;

/// <summary>A plain-words notice to the customer about what was done with their message.</summary>
/// <param name="Code">A stable code, such as <c>protected:CARD_NUMBER</c> or a block code.</param>
/// <param name="Text">The sentence shown to the customer (never a value).</param>
public sealed record ChatNotice(string Code, string Text);
