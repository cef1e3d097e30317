using Confidant.Identity.Factors;
using Confidant.Identity.StepUp;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>A fresh second factor for a signed-in session (before changing factors): a high-risk step-up of its own.</summary>
public sealed class ConfirmModel : PageModel
{
    private static readonly StepUpRequest ChangeFactors = new("change-factors", RiskLevel.High);
    private readonly StepUpService _stepUp;

    /// <summary>Creates the page.</summary>
    public ConfirmModel(StepUpService stepUp) => _stepUp = stepUp;

    /// <summary>Where to go afterwards (a local path).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The challenge being answered.</summary>
    [BindProperty]
    public Guid? ChallengeId { get; set; }

    /// <summary>The factor chosen.</summary>
    [BindProperty]
    public string? Factor { get; set; }

    /// <summary>The code.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The factors that can answer.</summary>
    public IReadOnlyList<SecondFactorKind> Factors { get; private set; } = [];

    /// <summary>What went wrong.</summary>
    public string? Error { get; private set; }

    /// <summary>Asks for the factor (a code is sent when the account has no authenticator app).</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        if (RequireRecentSecondFactorAttribute.IsRecent(HttpContext))
        {
            return LocalRedirect(AccountPaths.SafeReturn(ReturnUrl));
        }

        var decision = await _stepUp.RequireAsync(session, ChangeFactors, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (decision.Status == StepUpStatus.Allowed)
        {
            return LocalRedirect(AccountPaths.SafeReturn(ReturnUrl));
        }

        ChallengeId = decision.ChallengeId;
        Factors = decision.Factors;
        if (Factors.Count == 0)
        {
            Error = "This account has no second factor to confirm with. Please contact us.";
        }

        return Page();
    }

    /// <summary>Checks the code; on success the session counts as freshly confirmed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (CurrentSession.Of(HttpContext) is not { } session || ChallengeId is not { } challenge)
        {
            return Redirect("/account/sign-in");
        }

        var kind = SecondFactorNames.TryParse(Factor, out var parsed) ? parsed : SecondFactorKind.EmailCode;
        var result = await _stepUp.ApproveAsync(session, challenge, ChangeFactors, kind, Code, null, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (result == StepUpApproval.Approved && await _stepUp.ConsumeAsync(session, challenge, ChangeFactors, cancellationToken).ConfigureAwait(false))
        {
            return LocalRedirect(AccountPaths.SafeReturn(ReturnUrl));
        }

        if (result == StepUpApproval.Over)
        {
            return Redirect("/account/confirm?returnUrl=" + Uri.EscapeDataString(AccountPaths.SafeReturn(ReturnUrl)));
        }

        Error = "That code was not accepted.";
        Factors = [kind];
        return Page();
    }
}
