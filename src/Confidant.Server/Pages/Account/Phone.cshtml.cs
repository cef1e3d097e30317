using Confidant.Identity.Accounts;
using Confidant.Server.Account;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>Text-message codes: add a mobile number (confirmed by a texted code) or remove it.</summary>
[RequireRecentSecondFactor]
public sealed class PhoneModel : PageModel
{
    private const string PendingCookie = "__Host-confidant-phone";
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);
    private readonly UserManager<ConfidantUser> _users;
    private readonly AccountService _accounts;
    private readonly ITimeLimitedDataProtector _pending;

    /// <summary>Creates the page.</summary>
    public PhoneModel(UserManager<ConfidantUser> users, AccountService accounts, IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        _users = users;
        _accounts = accounts;
        _pending = protection.CreateProtector("Confidant.Account.PhoneEnrolment.v1").ToTimeLimitedDataProtector();
    }

    /// <summary>The number typed.</summary>
    [BindProperty]
    public string? Number { get; set; }

    /// <summary>The texted code.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The confirmed number, masked.</summary>
    public string? Current { get; private set; }

    /// <summary>Whether a code was texted and awaits confirmation.</summary>
    public bool Pending { get; private set; }

    /// <summary>What went wrong.</summary>
    public string? Error { get; private set; }

    /// <summary>News.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the state.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Show(user);
        return Page();
    }

    /// <summary>Texts a code to the number.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        if (await _accounts.BeginPhoneAsync(user, Number, cancellationToken).ConfigureAwait(false) is not { } pending)
        {
            Error = "That is not a mobile number we can text. Include the country code, for example +44 7911 123456.";
            Show(user);
            return Page();
        }

        var value = _pending.Protect($"{user.Id:N}|{pending.EnrolmentId:N}|{pending.Number}", PendingLifetime);
        Response.Cookies.Append(PendingCookie, value, AccountCookies.Options(PendingLifetime));
        Pending = true;
        Message = "We texted you a code.";
        return Page();
    }

    /// <summary>Confirms the number with the texted code.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        if (ReadPending(user) is not { } pending)
        {
            Error = "The code has expired. Start again.";
            Show(user);
            return Page();
        }

        if (!await _accounts.ConfirmPhoneAsync(user, pending.Enrolment, pending.Number, Code, session.Id, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false))
        {
            Error = "That code was not accepted.";
            Pending = true;
            return Page();
        }

        Response.Cookies.Delete(PendingCookie, AccountCookies.Options(null));
        Message = "Codes now come by text message. Your other devices were signed out.";
        Show(user);
        return Page();
    }

    /// <summary>Removes the number.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        await _accounts.RemovePhoneAsync(user, session.Id, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        Message = "Codes go to your e-mail address again.";
        Show(user);
        return Page();
    }

    private void Show(ConfidantUser user) =>
        Current = user.PhoneNumberConfirmed && user.PhoneNumber is { } number ? MobileNumbers.Mask(number) : null;

    private (Guid Enrolment, string Number)? ReadPending(ConfidantUser user)
    {
        if (!Request.Cookies.TryGetValue(PendingCookie, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _pending.Unprotect(value).Split('|');
            return parts.Length == 3 && parts[0] == user.Id.ToString("N") && Guid.TryParseExact(parts[1], "N", out var id) ? (id, parts[2]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
