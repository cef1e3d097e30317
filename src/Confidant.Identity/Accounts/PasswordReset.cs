using Confidant.Audit.Events;
using Confidant.Identity.Auditing;
using Confidant.Identity.Data;
using Confidant.Identity.Devices;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Sessions;
using Confidant.Identity.SignIn;
using Confidant.Identity.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Accounts;

/// <summary>Where a password reset stands.</summary>
public enum ResetStatus
{
    /// <summary>The code was wrong (or, for an address with no account, any code).</summary>
    Failed,

    /// <summary>The reset is over (expired, finished, too many wrong codes): start again.</summary>
    Over,

    /// <summary>The mailbox is proved; the new password may be set (with the second factor, when <see cref="ResetProgress.Factors"/> names any).</summary>
    ChoosePassword,

    /// <summary>The password was reset; every device and session was signed out.</summary>
    Done,
}

/// <summary>A reset step's result.</summary>
/// <param name="Status">Where it stands.</param>
/// <param name="Factors">The second factors the account must also present (TOTP or a recovery code), if it has any.</param>
/// <param name="Errors">Why the new password was refused.</param>
public sealed record ResetProgress(ResetStatus Status, IReadOnlyList<SecondFactorKind> Factors, IReadOnlyList<string> Errors);

/// <summary>
/// Password reset that never bypasses the second factor: a code to the sign-in address proves the
/// mailbox, and an account with an authenticator app must also present it (or a recovery code)
/// with the new password. The answer for an address without an account looks the same until a
/// code is entered, which no code can be. A reset clears the sign-in throttle for the address,
/// signs out every session and removes every trusted device.
/// </summary>
public sealed class PasswordReset
{
    private const string ResetPurpose = "reset";
    private readonly UserManager<ConfidantUser> _users;
    private readonly OneTimeCodes _codes;
    private readonly SecondFactorCheck _factors;
    private readonly ISecurityMessageSender _messages;
    private readonly IdentityDatabase _database;
    private readonly SignInThrottle _throttle;
    private readonly TrustedDeviceStore _devices;
    private readonly SessionStore _sessions;
    private readonly IdentityAudit _audit;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service (scoped).</summary>
    public PasswordReset(UserManager<ConfidantUser> users, OneTimeCodes codes, SecondFactorCheck factors, ISecurityMessageSender messages, IdentityDatabase database, SignInThrottle throttle, TrustedDeviceStore devices, SessionStore sessions, IdentityAudit audit, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _users = users;
        _codes = codes;
        _factors = factors;
        _messages = messages;
        _database = database;
        _throttle = throttle;
        _devices = devices;
        _sessions = sessions;
        _audit = audit;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Starts a reset for an address; returns the reset id the browser keeps. A code goes to the address if it has an account.</summary>
    public async Task<Guid> BeginAsync(string? email, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        email = (email ?? string.Empty).Trim();
        var user = email.Length is 0 or > 254 ? null : await _users.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null)
        {
            return Guid.NewGuid();
        }

        var now = _time.GetUtcNow();
        var row = new SignInAttemptRow { Id = Guid.NewGuid(), UserId = user.Id, Purpose = ResetPurpose, CreatedAt = now, ExpiresAt = now + _options.CodeLifetime };
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.SignInAttempts.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var code = await _codes.IssueAsync(user.Id, row.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            await _messages.SendAsync(new SecurityMessage(
                SecurityChannel.Email,
                user.Email!,
                $"Reset your {_options.Issuer} password",
                $"Your {_options.Issuer} password reset code is {code}. It expires in {(int)_options.CodeLifetime.TotalMinutes} minutes. If you did not ask to reset your password, ignore this message: your password is unchanged.",
                SecurityMessageKind.AccountNotice), cancellationToken).ConfigureAwait(false);
        }
        catch (SecurityMessageException)
        {
            // Same page as for an address without an account: a failed send must not tell them apart.
            // The failure itself is logged by the sender (masked).
        }

        await _audit.WriteAsync(AuditEventTypes.MfaChallenge, user.Id, AuditOutcome.Success, "password-reset", [row.Id.ToString("N")], origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.Id;
    }

    /// <summary>The e-mailed code: proves the mailbox. Then the caller asks for the new password and, if named, the second factor.</summary>
    public async Task<ResetProgress> ProveMailboxAsync(Guid resetId, string? code, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (row, user) = await LoadAsync(resetId, cancellationToken).ConfigureAwait(false);
        if (row is null || user is null)
        {
            return new ResetProgress(ResetStatus.Failed, [], []);
        }

        if (row.MailboxProvedAt is null)
        {
            var accepted = await _codes.VerifyAsync(user.Id, resetId, code, cancellationToken).ConfigureAwait(false);
            await _audit.WriteAsync(AuditEventTypes.MfaResult, user.Id, accepted ? AuditOutcome.Success : AuditOutcome.Failure, "email-code", [resetId.ToString("N")], reason: accepted ? null : "wrong-code", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!accepted)
            {
                return await FailAsync(resetId, cancellationToken).ConfigureAwait(false);
            }

            await UpdateAsync(resetId, r => r.SetProperty(a => a.MailboxProvedAt, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        return new ResetProgress(ResetStatus.ChoosePassword, await StrongFactorsAsync(user).ConfigureAwait(false), []);
    }

    /// <summary>Sets the new password once the mailbox is proved, with the second factor when the account has one.</summary>
    public async Task<ResetProgress> SetPasswordAsync(Guid resetId, SecondFactorKind? kind, string? factorCode, string? newPassword, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (row, user) = await LoadAsync(resetId, cancellationToken).ConfigureAwait(false);
        if (row is null || user is null || row.MailboxProvedAt is null)
        {
            return new ResetProgress(ResetStatus.Over, [], []);
        }

        var factors = await StrongFactorsAsync(user).ConfigureAwait(false);
        if (factors.Count > 0)
        {
            var accepted = kind is { } k && factors.Contains(k)
                && await _factors.VerifyAsync(user, resetId, k, factorCode, allowRecoveryCode: true, cancellationToken).ConfigureAwait(false);
            await _audit.WriteAsync(AuditEventTypes.MfaResult, user.Id, accepted ? AuditOutcome.Success : AuditOutcome.Failure, SecondFactorNames.Of(kind ?? SecondFactorKind.Totp), [resetId.ToString("N")], reason: accepted ? null : "wrong-code", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!accepted)
            {
                var failed = await FailAsync(resetId, cancellationToken).ConfigureAwait(false);
                return failed.Status == ResetStatus.Over ? failed : new ResetProgress(ResetStatus.ChoosePassword, factors, ["That code was not accepted."]);
            }
        }

        var token = await _users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        var result = await _users.ResetPasswordAsync(user, token, newPassword ?? string.Empty).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return new ResetProgress(ResetStatus.ChoosePassword, factors, result.Errors.Select(e => e.Description).ToList());
        }

        await UpdateAsync(resetId, r => r.SetProperty(a => a.CompletedAt, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await _throttle.ResetAsync(user.Email!, cancellationToken).ConfigureAwait(false);
        await _devices.RevokeAllAsync(user.Id, cancellationToken).ConfigureAwait(false);
        await _sessions.RevokeAllAsync(user.Id, null, cancellationToken).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.PasswordChanged, user.Id, AuditOutcome.Success, "password", [resetId.ToString("N")], reason: "reset", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ResetProgress(ResetStatus.Done, [], []);
    }

    /// <summary>The factors a reset must also see: an authenticator app, or one of the recovery codes that stand in for it.</summary>
    private async Task<IReadOnlyList<SecondFactorKind>> StrongFactorsAsync(ConfidantUser user)
    {
        if (!user.TwoFactorEnabled || string.IsNullOrEmpty(await _users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false)))
        {
            return [];
        }

        return await _users.CountRecoveryCodesAsync(user).ConfigureAwait(false) > 0
            ? [SecondFactorKind.Totp, SecondFactorKind.RecoveryCode]
            : [SecondFactorKind.Totp];
    }

    private async Task<(SignInAttemptRow? Row, ConfidantUser? User)> LoadAsync(Guid resetId, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.SignInAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == resetId, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Purpose != ResetPurpose || row.CompletedAt is not null || row.ExpiresAt <= _time.GetUtcNow() || row.FailedCodes >= _options.MaxFactorFailures)
            {
                return (null, null);
            }

            return (row, await _users.FindByIdAsync(row.UserId.ToString()).ConfigureAwait(false));
        }
    }

    private async Task<ResetProgress> FailAsync(Guid resetId, CancellationToken cancellationToken)
    {
        await UpdateAsync(resetId, r => r.SetProperty(a => a.FailedCodes, a => a.FailedCodes + 1), cancellationToken).ConfigureAwait(false);
        var (row, _) = await LoadAsync(resetId, cancellationToken).ConfigureAwait(false);
        return new ResetProgress(row is null ? ResetStatus.Over : ResetStatus.Failed, [], []);
    }

    private async Task UpdateAsync(Guid resetId, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SignInAttemptRow>> set, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.SignInAttempts.Where(a => a.Id == resetId).ExecuteUpdateAsync(set, cancellationToken).ConfigureAwait(false);
        }
    }
}
