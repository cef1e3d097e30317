using Confidant.Audit.Events;
using Confidant.Identity.Accounts;
using Confidant.Identity.Auditing;
using Confidant.Identity.Data;
using Confidant.Identity.Devices;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Passwords;
using Confidant.Identity.Sessions;
using Confidant.Identity.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.SignIn;

/// <summary>
/// Sign-in from the password to the session: the throttle, the password (with the same work and
/// the same answer for a name no account has), a trusted device that skips the second factor
/// (never for staff), otherwise a second factor bound to this attempt, then a new server-side
/// session, optional trust for the device, and a notice on the customer's code channel that a new
/// device signed in. Every step is audited without secrets.
/// </summary>
public sealed class SignInFlow
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly SignInThrottle _throttle;
    private readonly TrustedDeviceStore _devices;
    private readonly SessionStore _sessions;
    private readonly OneTimeCodes _codes;
    private readonly SecondFactorCheck _factors;
    private readonly ISecurityMessageSender _messages;
    private readonly IdentityDatabase _database;
    private readonly IdentityAudit _audit;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;
    private const string SignInPurpose = "sign-in";
    private readonly UnknownAccountHash _unknown;

    /// <summary>Creates the flow (scoped: it uses the request's user manager).</summary>
    public SignInFlow(
        UserManager<ConfidantUser> users,
        UnknownAccountHash unknown,
        SignInThrottle throttle,
        TrustedDeviceStore devices,
        SessionStore sessions,
        OneTimeCodes codes,
        SecondFactorCheck factors,
        ISecurityMessageSender messages,
        IdentityDatabase database,
        IdentityAudit audit,
        IOptions<ConfidantIdentityOptions> options,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _users = users;
        _throttle = throttle;
        _devices = devices;
        _sessions = sessions;
        _codes = codes;
        _factors = factors;
        _messages = messages;
        _database = database;
        _audit = audit;
        _options = options.Value;
        _time = time;
        _unknown = unknown;
    }

    /// <summary>The first step: a sign-in name and password, and the device cookie the browser sent, if any.</summary>
    public async Task<SignInOutcome> PasswordAsync(string? email, string? password, string? deviceCookie, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        email = (email ?? string.Empty).Trim();
        password ??= string.Empty;
        var throttle = await _throttle.CheckAsync(email, cancellationToken).ConfigureAwait(false);
        var user = email.Length == 0 ? null : await _users.FindByEmailAsync(email).ConfigureAwait(false);
        if (!throttle.Allowed)
        {
            await _audit.WriteAsync(AuditEventTypes.SignIn, user?.Id, AuditOutcome.Denied, "password", reason: "throttled", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new SignInOutcome { Status = SignInStatus.Throttled, RetryAfter = throttle.RetryAfter, NeedsPasswordReset = throttle.NeedsReset };
        }

        bool valid;
        if (user is null)
        {
            // The same Argon2id work as for a real account, so timing says nothing either.
            _unknown.Verify(password);
            valid = false;
        }
        else
        {
            valid = await CheckPasswordAsync(user, password).ConfigureAwait(false);
        }

        if (!valid)
        {
            var after = await _throttle.FailAsync(email, cancellationToken).ConfigureAwait(false);
            await _audit.WriteAsync(AuditEventTypes.SignIn, user?.Id, AuditOutcome.Failure, "password", reason: "bad-credentials", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
            return after.Allowed ? SignInOutcome.Failed : new SignInOutcome { Status = SignInStatus.Throttled, RetryAfter = after.RetryAfter, NeedsPasswordReset = after.NeedsReset };
        }

        await _throttle.ResetAsync(email, cancellationToken).ConfigureAwait(false);
        var staff = await IsStaffAsync(user!).ConfigureAwait(false);

        if (!staff && await _devices.UseAsync(user!.Id, deviceCookie, cancellationToken).ConfigureAwait(false) is { } device)
        {
            var session = await _sessions.CreateAsync(user.Id, AuthenticationMethods.TrustedDevice, device.DeviceId, cancellationToken).ConfigureAwait(false);
            await _audit.WriteForAsync(user.Id, staff, AuditEventTypes.SignIn, AuditOutcome.Success, "trusted-device", [device.DeviceId.ToString("N")], origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new SignInOutcome { Status = SignInStatus.SignedIn, User = user, Session = session, DeviceCookie = device.CookieValue };
        }

        var factors = await AvailableFactorsAsync(user!).ConfigureAwait(false);
        var attempt = await StartAttemptAsync(user!.Id, cancellationToken).ConfigureAwait(false);
        await _audit.WriteForAsync(user.Id, staff, AuditEventTypes.MfaChallenge, AuditOutcome.Success, "sign-in", [attempt.ToString("N")], origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);

        // Without an authenticator app the code channel is the factor: send the code at once.
        if (!factors.Contains(SecondFactorKind.Totp) && !factors.Contains(SecondFactorKind.Passkey))
        {
            await SendCodeAsync(attempt, context, cancellationToken).ConfigureAwait(false);
        }

        return new SignInOutcome { Status = SignInStatus.NeedsSecondFactor, AttemptId = attempt, Factors = factors, User = user };
    }

    /// <summary>
    /// After registration: the new account confirms its e-mail address with a code, which also
    /// signs it in. For an address that already had an account (<paramref name="user"/> null) the
    /// owner is told by e-mail instead, and the browser gets an attempt id that no code will
    /// finish: both look the same, so registration does not reveal who has an account.
    /// </summary>
    public async Task<Guid> BeginAfterRegistrationAsync(ConfidantUser? user, string email, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (user is null)
        {
            await _messages.SendAsync(new SecurityMessage(
                SecurityChannel.Email,
                email.Trim(),
                $"Your {_options.Issuer} account",
                $"Someone tried to register a new {_options.Issuer} account with this address, which already has one. If it was you, sign in, or reset your password. If not, you need do nothing.",
                SecurityMessageKind.AccountNotice), cancellationToken).ConfigureAwait(false);
            return Guid.NewGuid();
        }

        var attempt = await StartAttemptAsync(user.Id, cancellationToken).ConfigureAwait(false);
        await SendCodeAsync(attempt, context, cancellationToken).ConfigureAwait(false);
        return attempt;
    }

    /// <summary>
    /// The factors to offer for an attempt. An unknown or finished attempt gets the e-mail code
    /// form too (the code will not be accepted), so the page looks the same either way.
    /// </summary>
    public async Task<IReadOnlyList<SecondFactorKind>> FactorsForAttemptAsync(Guid attemptId, CancellationToken cancellationToken = default)
    {
        var (attempt, user) = await LoadAttemptAsync(attemptId, cancellationToken).ConfigureAwait(false);
        return attempt is null || user is null ? [SecondFactorKind.EmailCode] : await AvailableFactorsAsync(user).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends (or sends again) a one-time code for an attempt to the account's code channel.
    /// Returns false when the attempt is over or has had its share of codes.
    /// </summary>
    public async Task<bool> SendCodeAsync(Guid attemptId, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (attempt, user) = await LoadAttemptAsync(attemptId, cancellationToken).ConfigureAwait(false);
        if (attempt is null || user is null || CodeChannelOf(user) is not { } channel)
        {
            return false;
        }

        var code = await _codes.IssueAsync(user.Id, attemptId, cancellationToken).ConfigureAwait(false);
        if (code is null)
        {
            return false;
        }

        var minutes = (int)_options.CodeLifetime.TotalMinutes;
        await _messages.SendAsync(new SecurityMessage(
            channel,
            RecipientOf(user, channel),
            $"Your {_options.Issuer} sign-in code",
            channel == SecurityChannel.Sms
                ? $"{_options.Issuer} sign-in code: {code}. Valid {minutes} min, once. Not you? Change your password."
                : $"Your {_options.Issuer} sign-in code is {code}. It expires in {minutes} minutes and works once. If you did not try to sign in, change your password.",
            SecurityMessageKind.SignInCode), cancellationToken).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.MfaChallenge, user.Id, AuditOutcome.Success, channel == SecurityChannel.Sms ? "sms-code" : "email-code", [attemptId.ToString("N")], origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The second step: a second factor for an attempt; on success the session, and device trust when asked for (never for staff).</summary>
    public async Task<SignInOutcome> SecondFactorAsync(Guid attemptId, SecondFactorKind kind, string? code, bool trustDevice, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (attempt, user) = await LoadAttemptAsync(attemptId, cancellationToken).ConfigureAwait(false);
        if (attempt is null || user is null)
        {
            return SignInOutcome.Over;
        }

        var staff = await IsStaffAsync(user).ConfigureAwait(false);
        var accepted = await _factors.VerifyAsync(user, attemptId, kind, code, allowRecoveryCode: true, cancellationToken).ConfigureAwait(false);
        await _audit.WriteForAsync(user.Id, staff, AuditEventTypes.MfaResult, accepted ? AuditOutcome.Success : AuditOutcome.Failure, SecondFactorNames.Of(kind), [attemptId.ToString("N")], reason: accepted ? null : "wrong-code", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!accepted)
        {
            var over = await CountFailureAsync(attemptId, cancellationToken).ConfigureAwait(false);
            return over ? SignInOutcome.Over : SignInOutcome.Failed with { AttemptId = attemptId, Factors = await AvailableFactorsAsync(user).ConfigureAwait(false) };
        }

        if (!await CompleteAttemptAsync(attemptId, cancellationToken).ConfigureAwait(false))
        {
            return SignInOutcome.Over; // finished by a concurrent request with the same attempt
        }

        if (kind == SecondFactorKind.EmailCode && !user.EmailConfirmed)
        {
            // The code reached the address: it is confirmed (this is how registration finishes).
            user.EmailConfirmed = true;
            await _users.UpdateAsync(user).ConfigureAwait(false);
        }

        return await OpenSessionAsync(user, staff, AuthenticationMethods.PasswordAndSecondFactor, trustDevice, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finishes a passkey sign-in whose assertion ASP.NET Core Identity has verified: a passkey
    /// is phishing-resistant and proves both factors, so the session counts as a fresh second factor.
    /// </summary>
    public async Task<SignInOutcome> PasskeyAsync(ConfidantUser user, bool trustDevice, SignInContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(context);
        var staff = await IsStaffAsync(user).ConfigureAwait(false);
        await _audit.WriteForAsync(user.Id, staff, AuditEventTypes.MfaResult, AuditOutcome.Success, "passkey", origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await OpenSessionAsync(user, staff, AuthenticationMethods.Passkey, trustDevice, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the account has a staff role (staff always meet a second factor).</summary>
    public async Task<bool> IsStaffAsync(ConfidantUser user)
    {
        var roles = await _users.GetRolesAsync(user).ConfigureAwait(false);
        return roles.Any(r => StaffRoles.All.Contains(r, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The second factors this account can present.</summary>
    public async Task<IReadOnlyList<SecondFactorKind>> AvailableFactorsAsync(ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var factors = new List<SecondFactorKind>();
        if (!string.IsNullOrEmpty(await _users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false)) && user.TwoFactorEnabled)
        {
            factors.Add(SecondFactorKind.Totp);
        }

        if ((await _users.GetPasskeysAsync(user).ConfigureAwait(false)).Count > 0)
        {
            factors.Add(SecondFactorKind.Passkey);
        }

        if (CodeChannelOf(user) is { } channel)
        {
            factors.Add(channel == SecurityChannel.Sms ? SecondFactorKind.SmsCode : SecondFactorKind.EmailCode);
        }

        if (await _users.CountRecoveryCodesAsync(user).ConfigureAwait(false) > 0)
        {
            factors.Add(SecondFactorKind.RecoveryCode);
        }

        return factors;
    }

    /// <summary>The channel one-time codes and notices go to: SMS when the customer chose a confirmed phone, otherwise their e-mail.</summary>
    public static SecurityChannel? CodeChannelOf(ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.CodeChannel == "sms" && user.PhoneNumberConfirmed && !string.IsNullOrEmpty(user.PhoneNumber))
        {
            return SecurityChannel.Sms;
        }

        return string.IsNullOrEmpty(user.Email) ? null : SecurityChannel.Email;
    }

    /// <summary>The address on a channel.</summary>
    public static string RecipientOf(ConfidantUser user, SecurityChannel channel)
    {
        ArgumentNullException.ThrowIfNull(user);
        return channel == SecurityChannel.Sms ? user.PhoneNumber! : user.Email!;
    }

    private async Task<SignInOutcome> OpenSessionAsync(ConfidantUser user, bool staff, string method, bool trustDevice, SignInContext context, CancellationToken cancellationToken)
    {
        string? deviceCookie = null;
        Guid? deviceId = null;
        if (trustDevice && !staff)
        {
            var (id, cookie) = await _devices.TrustAsync(user.Id, context.UserAgent, cancellationToken).ConfigureAwait(false);
            deviceId = id;
            deviceCookie = cookie;
            await _audit.WriteAsync(AuditEventTypes.DeviceTrusted, user.Id, AuditOutcome.Success, "device", [id.ToString("N")], origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var session = await _sessions.CreateAsync(user.Id, method, deviceId, cancellationToken).ConfigureAwait(false);
        await _audit.WriteForAsync(user.Id, staff, AuditEventTypes.SignIn, AuditOutcome.Success, method == AuthenticationMethods.Passkey ? "passkey" : "password", [session.Id.ToString("N")], origin: context.RemoteAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        await NotifyNewDeviceAsync(user, context, cancellationToken).ConfigureAwait(false);
        return new SignInOutcome { Status = SignInStatus.SignedIn, User = user, Session = session, DeviceCookie = deviceCookie };
    }

    /// <summary>A sign-in that needed a second factor came from a device that was not trusted: tell the customer on their code channel.</summary>
    private async Task NotifyNewDeviceAsync(ConfidantUser user, SignInContext context, CancellationToken cancellationToken)
    {
        if (CodeChannelOf(user) is not { } channel)
        {
            return;
        }

        var when = _time.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        await _messages.SendAsync(new SecurityMessage(
            channel,
            RecipientOf(user, channel),
            $"New sign-in to your {_options.Issuer} account",
            channel == SecurityChannel.Sms
                ? $"{_options.Issuer}: new sign-in ({DeviceNames.FromUserAgent(context.UserAgent)}) at {when}. Not you? Change your password."
                : $"{DeviceNames.FromUserAgent(context.UserAgent)} signed in to your {_options.Issuer} account at {when}. If this was not you, change your password now: that signs out every device.",
            SecurityMessageKind.NewDeviceNotice), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> CheckPasswordAsync(ConfidantUser user, string password)
    {
        try
        {
            // Rehashes a hash made with older parameters or Identity's PBKDF2 on success.
            return await _users.CheckPasswordAsync(user, password).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            return false; // broken Unicode: cannot be anyone's password
        }
    }

    private async Task<Guid> StartAttemptAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var row = new SignInAttemptRow { Id = Guid.NewGuid(), UserId = userId, Purpose = SignInPurpose, CreatedAt = now, ExpiresAt = now + _options.CodeLifetime };
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.SignInAttempts.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return row.Id;
    }

    private async Task<(SignInAttemptRow? Attempt, ConfidantUser? User)> LoadAttemptAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var attempt = await db.SignInAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId, cancellationToken).ConfigureAwait(false);
            if (attempt is null || attempt.Purpose != SignInPurpose || attempt.CompletedAt is not null || attempt.ExpiresAt <= _time.GetUtcNow() || attempt.FailedCodes >= _options.MaxFactorFailures)
            {
                return (null, null);
            }

            var user = await _users.FindByIdAsync(attempt.UserId.ToString()).ConfigureAwait(false);
            return (attempt, user);
        }
    }

    private async Task<bool> CountFailureAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.SignInAttempts.Where(a => a.Id == attemptId)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.FailedCodes, a => a.FailedCodes + 1), cancellationToken).ConfigureAwait(false);
            var failures = await db.SignInAttempts.Where(a => a.Id == attemptId).Select(a => a.FailedCodes).FirstAsync(cancellationToken).ConfigureAwait(false);
            return failures >= _options.MaxFactorFailures;
        }
    }

    private async Task<bool> CompleteAttemptAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            return await db.SignInAttempts.Where(a => a.Id == attemptId && a.CompletedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.CompletedAt, now), cancellationToken).ConfigureAwait(false) == 1;
        }
    }
}
