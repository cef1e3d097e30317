namespace Confidant.Identity.Accounts;

/// <summary>E-mail addresses as pages and tools show them.</summary>
public static class EmailAddresses
{
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
