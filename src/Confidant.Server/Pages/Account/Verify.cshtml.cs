using Confidant.Identity.Factors;
using Confidant.Identity.SignIn;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>The second-factor step of a sign-in (and of registration, which confirms the e-mail address with a code).</summary>
public sealed class VerifyModel : PageModel
{
    private readonly SignInFlow _flow;
    private readonly SessionSignIn _cookies;

    /// <summary>Creates the page.</summary>
    public VerifyModel(SignInFlow flow, SessionSignIn cookies)
    {
        _flow = flow;
        _cookies = cookies;
    }

    /// <summary>The factor chosen.</summary>
    [BindProperty]
    public string? Factor { get; set; }

    /// <summary>The code typed (never shown back).</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Whether to trust this browser afterwards.</summary>
    [BindProperty]
    public bool TrustDevice { get; set; }

    /// <summary>Where to go afterwards.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Factors to offer.</summary>
    public IReadOnlyList<SecondFactorKind> Factors { get; private set; } = [];

    /// <summary>What went wrong.</summary>
    public string? Error { get; private set; }

    /// <summary>News (a code was sent).</summary>
    public string? Message { get; private set; }

    /// <summary>The label of a factor.</summary>
    public static string Describe(SecondFactorKind factor) => factor switch
    {
        SecondFactorKind.Totp => "A code from your authenticator app",
        SecondFactorKind.EmailCode => "A code we sent to your e-mail address",
        SecondFactorKind.SmsCode => "A code we sent by text message (restricted factor)",
        SecondFactorKind.RecoveryCode => "One of your recovery codes",
        _ => "A passkey",
    };

    /// <summary>Shows the form for the attempt in progress.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (_cookies.Attempt(HttpContext) is not { } attempt)
        {
            return Redirect("/account/sign-in");
        }

        Factors = await _flow.FactorsForAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Checks the code.</summary>
    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        if (_cookies.Attempt(HttpContext) is not { } attempt)
        {
            return Redirect("/account/sign-in");
        }

        if (!SecondFactorNames.TryParse(Factor, out var kind) || kind == SecondFactorKind.Passkey)
        {
            kind = SecondFactorKind.EmailCode;
        }

        var outcome = await _flow.SecondFactorAsync(attempt, kind, Code, TrustDevice, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        switch (outcome.Status)
        {
            case SignInStatus.SignedIn:
                await _cookies.SignInAsync(HttpContext, outcome).ConfigureAwait(false);
                return LocalRedirect(AccountPaths.SafeReturn(ReturnUrl));
            case SignInStatus.AttemptOver:
                Response.Cookies.Delete(AccountCookies.Attempt, AccountCookies.Options(null));
                return Redirect("/account/sign-in");
            default:
                Factors = await _flow.FactorsForAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
                Error = "That code was not accepted. Check it and try again; a code works only once.";
                return Page();
        }
    }

    /// <summary>Sends a new code to the account's code channel.</summary>
    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (_cookies.Attempt(HttpContext) is not { } attempt)
        {
            return Redirect("/account/sign-in");
        }

        await _flow.SendCodeAsync(attempt, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        Factors = await _flow.FactorsForAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
        Message = "If you can receive codes, a new one is on its way. Earlier codes no longer work.";
        return Page();
    }
}
