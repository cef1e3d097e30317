namespace Confidant.Server.Pages.Account;

/// <summary>Paths between the account pages; a return address is only ever a local path.</summary>
internal static class AccountPaths
{
    public static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/account";

    public static string Verify(string? returnUrl) =>
        "/account/verify" + (string.IsNullOrEmpty(returnUrl) ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(SafeReturn(returnUrl)));
}
