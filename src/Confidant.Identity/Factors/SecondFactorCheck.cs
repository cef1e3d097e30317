using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Factors;

/// <summary>
/// Checks a second factor presented for something (a sign-in attempt, a step-up challenge):
/// a TOTP code (replay-protected), a one-time code bound to that very attempt or challenge, or a
/// recovery code where the caller allows one. Passkeys are checked by ASP.NET Core Identity.
/// </summary>
public sealed class SecondFactorCheck
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly OneTimeCodes _codes;
    private readonly Throttling.SignInThrottle _throttle;

    /// <summary>Creates the check (scoped: it uses the request's user manager).</summary>
    public SecondFactorCheck(UserManager<ConfidantUser> users, OneTimeCodes codes, Throttling.SignInThrottle throttle)
    {
        _users = users;
        _codes = codes;
        _throttle = throttle;
    }

    /// <summary>Whether <paramref name="code"/> is a valid factor of <paramref name="kind"/> for the account and binding.</summary>
    public async Task<bool> VerifyAsync(ConfidantUser user, Guid boundTo, SecondFactorKind kind, string? code, bool allowRecoveryCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return false;
        }

        // Wrong factors are counted per account across every attempt and challenge (the same
        // doubling delays and 100-failure stop as passwords), so new attempts do not reset the count.
        var account = "second-factor:" + user.Id.ToString("N");
        if (!(await _throttle.CheckAsync(account, cancellationToken).ConfigureAwait(false)).Allowed)
        {
            return false;
        }

        var accepted = kind switch
        {
            SecondFactorKind.Totp => user.TwoFactorEnabled && await _users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code).ConfigureAwait(false),
            SecondFactorKind.EmailCode or SecondFactorKind.SmsCode => await _codes.VerifyAsync(user.Id, boundTo, code, cancellationToken).ConfigureAwait(false),
            SecondFactorKind.RecoveryCode => allowRecoveryCode && (await _users.RedeemTwoFactorRecoveryCodeAsync(user, code).ConfigureAwait(false)).Succeeded,
            _ => false,
        };
        if (accepted)
        {
            await _throttle.ResetAsync(account, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _throttle.FailAsync(account, cancellationToken).ConfigureAwait(false);
        }

        return accepted;
    }
}
