using System.Net;
using Confidant.Audit.Events;
using Confidant.Identity.Accounts;
using Confidant.Identity.Auditing;
using Confidant.Identity.Factors;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Server.Account;

/// <summary>
/// The server's half of a WebAuthn ceremony, through ASP.NET Core Identity's SignInManager: the
/// options for the browser (Identity keeps the challenge in the ceremony cookie, see
/// <see cref="PasskeyHosting"/>), then the browser's answer checked against them. The cookie is
/// read once and deleted, so each challenge is answered at most once per browser. A refused
/// sign-in is audited without any of the credential.
/// </summary>
public sealed class PasskeyCeremony
{
    /// <summary>
    /// Longest credential accepted (the JSON of <c>navigator.credentials.create()</c> or
    /// <c>get()</c>); a real one is one or two KiB, a few more with an attestation certificate chain.
    /// </summary>
    public const int MaxCredentialLength = 32 * 1024;

    private readonly SignInManager<ConfidantUser> _signIn;
    private readonly PasskeyStore _passkeys;
    private readonly IdentityAudit _audit;

    /// <summary>Creates the ceremony (scoped: SignInManager works on the current request).</summary>
    public PasskeyCeremony(SignInManager<ConfidantUser> signIn, PasskeyStore passkeys, IdentityAudit audit)
    {
        _signIn = signIn;
        _passkeys = passkeys;
        _audit = audit;
    }

    /// <summary>The message for a failure code, in words for the page.</summary>
    public static string Describe(string code) => code switch
    {
        PasskeyErrors.NoCeremony => "The passkey request expired or was already used. Try again.",
        PasskeyErrors.Malformed => "Your browser did not send a passkey. Try again, or sign in with your password.",
        PasskeyErrors.TooMany => $"You already have {PasskeyStore.MaxPerAccount} passkeys. Remove one you no longer use first.",
        PasskeyErrors.NotFound => "That passkey is not on your account (it may have been removed already).",
        PasskeyErrors.NameRequired => "Give the passkey a name.",
        _ => "That passkey was not accepted. If you removed it from your account, sign in with your password instead.",
    };

    /// <summary>Options for <c>navigator.credentials.create()</c>: a new passkey for a signed-in account (its existing ones excluded).</summary>
    public async Task<string> CreationOptionsAsync(ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = await _signIn.UserManager.GetUserIdAsync(user).ConfigureAwait(false);
        var name = user.Email ?? user.UserName ?? id;
        return await _signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = id, Name = name, DisplayName = name }).ConfigureAwait(false);
    }

    /// <summary>Options for <c>navigator.credentials.get()</c>: any of this site's passkeys (the browser offers the ones it has).</summary>
    public Task<string> RequestOptionsAsync() => _signIn.MakePasskeyRequestOptionsAsync(null);

    /// <summary>Checks the answer to <see cref="CreationOptionsAsync"/>; storing the passkey is <see cref="AccountService.AddPasskeyAsync"/>'s.</summary>
    public async Task<PasskeyAttestationResult> AttestAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential) || credential.Length > MaxCredentialLength)
        {
            return PasskeyAttestationResult.Fail(new PasskeyException("No credential, or one too large."));
        }

        try
        {
            return await _signIn.PerformPasskeyAttestationAsync(credential).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // SignInManager throws when this browser has no creation ceremony under way.
            return PasskeyAttestationResult.Fail(new PasskeyException("No passkey creation is under way."));
        }
    }

    /// <summary>
    /// Checks the answer to <see cref="RequestOptionsAsync"/>. On success the passkey's signature
    /// counter and last use are stored and its account returned, for <c>SignInFlow.PasskeyAsync</c>;
    /// otherwise an error code (<see cref="PasskeyErrors"/>), audited as a failed second factor.
    /// </summary>
    public async Task<(ConfidantUser? User, string? Error)> AssertAsync(string? credential, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        string error;
        if (string.IsNullOrEmpty(credential) || credential.Length > MaxCredentialLength)
        {
            error = PasskeyErrors.Malformed;
        }
        else
        {
            PasskeyAssertionResult<ConfidantUser>? result;
            try
            {
                result = await _signIn.PerformPasskeyAssertionAsync(credential).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // SignInManager throws when this browser has no sign-in ceremony under way.
                result = null;
            }

            if (result is { Succeeded: true, User: { } user, Passkey: { } passkey }
                && (await _passkeys.RecordSignInAsync(user, passkey).ConfigureAwait(false)).Succeeded)
            {
                return (user, null);
            }

            // Storing the new counter fails when another sign-in with the same passkey got there
            // first (the account's concurrency stamp): a replay, or a double submit; refused either way.
            error = result is null ? PasskeyErrors.NoCeremony : PasskeyErrors.Rejected;
        }

        // Who it was is unknown (the user handle in a refused credential proves nothing), and
        // nothing of the credential is written.
        var reason = error switch
        {
            PasskeyErrors.Malformed => "malformed",
            PasskeyErrors.NoCeremony => "no-ceremony",
            _ => "rejected",
        };
        await _audit.WriteAsync(AuditEventTypes.MfaResult, null, AuditOutcome.Failure, "passkey", reason: reason, origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (null, error);
    }
}
