using Confidant.Identity.Accounts;
using Confidant.Identity.Devices;
using Confidant.Identity.Factors;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>The customer's passkeys: list (name, added, last used), add, rename and remove.</summary>
[RequireRecentSecondFactor]
public sealed class PasskeysModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly PasskeyStore _passkeys;
    private readonly PasskeyCeremony _ceremony;
    private readonly AccountService _accounts;

    /// <summary>Creates the page.</summary>
    public PasskeysModel(UserManager<ConfidantUser> users, PasskeyStore passkeys, PasskeyCeremony ceremony, AccountService accounts)
    {
        _users = users;
        _passkeys = passkeys;
        _ceremony = ceremony;
        _accounts = accounts;
    }

    /// <summary>The new passkey: the JSON of <c>navigator.credentials.create()</c>, put in the form by passkeys.js.</summary>
    [BindProperty]
    public string? Credential { get; set; }

    /// <summary>A name for a new passkey, or the new name of one.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The passkey to remove or rename (its base64url credential id).</summary>
    [BindProperty]
    public string? PasskeyId { get; set; }

    /// <summary>What was just done (after the redirect): added, removed or renamed.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The account's passkeys.</summary>
    public IReadOnlyList<PasskeySummary> Passkeys { get; private set; } = [];

    /// <summary>The name a new passkey gets when none is typed: the browser it is made in.</summary>
    public string DefaultName => DeviceNames.FromUserAgent(Request.Headers.UserAgent.ToString());

    /// <summary>News for the page.</summary>
    public string? Message => Done switch
    {
        "added" => "Passkey added. Your other devices were signed out; next time, sign in with the passkey.",
        "removed" => "Passkey removed. Your other devices were signed out.",
        "renamed" => "Passkey renamed.",
        _ => null,
    };

    /// <summary>Why the last action failed (a <see cref="PasskeyErrors"/> code).</summary>
    public string? ErrorCode { get; private set; }

    /// <summary>Lists the passkeys.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Passkeys = await _passkeys.ListAsync(user).ConfigureAwait(false);
        return Page();
    }

    /// <summary>
    /// Options for <c>navigator.credentials.create()</c>, as JSON, with a new challenge each time
    /// and the account's passkeys excluded. A POST with the antiforgery token in a header, as on
    /// the sign-in page.
    /// </summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Unauthorized();
        }

        Response.Headers.CacheControl = "no-store";
        return Content(await _ceremony.CreationOptionsAsync(user).ConfigureAwait(false), "application/json");
    }

    /// <summary>Checks and stores the new passkey; the other sessions and trusted devices are revoked.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        var attestation = await _ceremony.AttestAsync(Credential).ConfigureAwait(false);
        var result = await _accounts.AddPasskeyAsync(user, attestation, Name, DefaultName, session.Id, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return Redirect("/account/passkeys?done=added");
        }

        return await ShowErrorAsync(user, result.Errors.FirstOrDefault()?.Code == PasskeyErrors.TooMany ? PasskeyErrors.TooMany : PasskeyErrors.Rejected).ConfigureAwait(false);
    }

    /// <summary>Removes a passkey; the other sessions and trusted devices are revoked.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        return await _accounts.RemovePasskeyAsync(user, PasskeyId, session.Id, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false)
            ? Redirect("/account/passkeys?done=removed")
            : await ShowErrorAsync(user, PasskeyErrors.NotFound).ConfigureAwait(false);
    }

    /// <summary>Renames a passkey.</summary>
    public async Task<IActionResult> OnPostRenameAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        if (PasskeyStore.CleanName(Name) is null)
        {
            return await ShowErrorAsync(user, PasskeyErrors.NameRequired).ConfigureAwait(false);
        }

        return await _accounts.RenamePasskeyAsync(user, PasskeyId, Name).ConfigureAwait(false)
            ? Redirect("/account/passkeys?done=renamed")
            : await ShowErrorAsync(user, PasskeyErrors.NotFound).ConfigureAwait(false);
    }

    private async Task<IActionResult> ShowErrorAsync(ConfidantUser user, string code)
    {
        ErrorCode = code;
        Done = null;
        Passkeys = await _passkeys.ListAsync(user).ConfigureAwait(false);
        return Page();
    }
}
