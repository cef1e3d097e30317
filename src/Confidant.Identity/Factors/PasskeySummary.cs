namespace Confidant.Identity.Factors;

/// <summary>A passkey as the customer's list shows it.</summary>
/// <param name="Id">The credential id, base64url (what the list's forms post back).</param>
/// <param name="Name">The name the customer gave it (or the browser it was made in).</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="LastUsedAt">When it last signed in, if ever.</param>
public sealed record PasskeySummary(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
