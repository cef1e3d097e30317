using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Confidant.Identity.Factors;

/// <summary>
/// TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) with Otp.NET, accepting the previous and
/// next step for clock drift, and refusing any code whose step is not later than the last one
/// accepted for the account, so a code seen over a shoulder or replayed by a phishing proxy is
/// worthless once used (OWASP ASVS 6.5.1). Replaces Identity's authenticator provider, which
/// accepts a code again within its window.
/// </summary>
public sealed class ReplayProtectedTotpProvider : IUserTwoFactorTokenProvider<ConfidantUser>
{
    private static readonly VerificationWindow DriftWindow = new(previous: 1, future: 1);
    private readonly TimeProvider _time;

    /// <summary>Creates the provider.</summary>
    public ReplayProtectedTotpProvider(TimeProvider time) => _time = time;

    /// <summary>Codes come from the customer's app; the server never makes one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ConfidantUser> manager, ConfidantUser user) =>
        Task.FromResult(string.Empty);

    /// <inheritdoc />
    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ConfidantUser> manager, ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = new string((token ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var key = await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(_time.GetUtcNow().UtcDateTime, code, out var step, DriftWindow) || step <= user.TotpLastTimeStep)
        {
            return false;
        }

        // The account's concurrency stamp makes this a compare-and-swap: of two requests racing
        // with the same code, one update fails and that request is refused.
        user.TotpLastTimeStep = step;
        var saved = await manager.UpdateAsync(user).ConfigureAwait(false);
        return saved.Succeeded;
    }

    /// <inheritdoc />
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ConfidantUser> manager, ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user!).ConfigureAwait(false));
    }
}
