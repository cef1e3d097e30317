namespace Confidant.Identity.Accounts;

/// <summary>E-mail addresses as pages and tools show them.</summary>
public static class EmailAddresses
{
    /// <summary>
    /// True for an address codes can be sent to: a bare <c>local@domain</c> of at most 254 chars,
    /// with a dot in the domain and nothing a mail header could be built from besides it (the check
    /// the sender makes, so an account is never made for an address that could not get its codes).
    /// </summary>
    public static bool IsValid(string? address) => Messaging.SecurityChannels.IsEmailAddress(address);

    /// <summary>a•••@example.com: enough for the customer to recognise, not the address.</summary>
    public static string? Mask(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        return at <= 0 ? "•••" : email[0] + "•••" + email[at..];
    }
}
