using System.Net;
using Confidant.Audit.Events;
using Confidant.Identity.Auditing;
using Confidant.Identity.Devices;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Accounts;

/// <summary>
/// What a customer does to their own account: register, change the password, enrol or remove an
/// authenticator app, add or remove a passkey, make new recovery codes. Changing the password or a
/// factor revokes every trusted device and every other session (a thief's device stops working);
/// each change is audited.
/// </summary>
public sealed class AccountService
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly TrustedDeviceStore _devices;
    private readonly SessionStore _sessions;
    private readonly PasskeyStore _passkeys;
    private readonly IdentityAudit _audit;
    private readonly OneTimeCodes _codes;
    private readonly ISecurityMessageSender _messages;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service (scoped).</summary>
    public AccountService(UserManager<ConfidantUser> users, TrustedDeviceStore devices, SessionStore sessions, PasskeyStore passkeys, IdentityAudit audit, OneTimeCodes codes, ISecurityMessageSender messages, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _users = users;
        _devices = devices;
        _sessions = sessions;
        _passkeys = passkeys;
        _audit = audit;
        _codes = codes;
        _messages = messages;
        _options = options.Value;
        _time = time;
    }

    /// <summary>
    /// Registers a customer. The answer for an address that already has an account is the same
    /// success (the owner gets nothing new; enumeration by registration learns nothing), so the
    /// caller shows one message either way; the returned user is null then.
    /// </summary>
    public async Task<(IdentityResult Result, ConfidantUser? User)> RegisterAsync(string? email, string? password, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        email = (email ?? string.Empty).Trim();
        var user = new ConfidantUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            CreatedAt = _time.GetUtcNow(),
            CodeChannel = "email",
        };
        // The same check the sender makes: an address it would refuse could never receive the confirmation code.
        if (!EmailAddresses.IsValid(email))
        {
            return (IdentityResult.Failed(new IdentityError { Code = "InvalidEmail", Description = "Enter an e-mail address like name@example.com." }), null);
        }

        if (await _users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            // Same answer as a new account; the password is still checked so the timing matches.
            foreach (var validator in _users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(_users, user, password ?? string.Empty).ConfigureAwait(false);
                if (!check.Succeeded)
                {
                    return (check, null);
                }
            }

            _users.PasswordHasher.HashPassword(user, password ?? string.Empty);
            return (IdentityResult.Success, null);
        }

        var result = await _users.CreateAsync(user, password ?? string.Empty).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            // The address is taken as a user name or e-mail after all (a concurrent registration,
            // also one the database's unique index caught, or a staff account made with that
            // name): the same answer as above, never an error that says an account exists.
            return result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail))
                ? (IdentityResult.Success, null)
                : (result, null);
        }

        await _audit.WriteAsync(AuditEventTypes.AccountRegistered, user.Id, AuditOutcome.Success, "account", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (result, user);
    }

    /// <summary>Changes the password (the current one is required); every device and every other session is signed out.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(ConfidantUser user, string? current, string? next, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await _users.ChangePasswordAsync(user, current ?? string.Empty, next ?? string.Empty).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.PasswordChanged, user.Id, result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure, "password", reason: result.Succeeded ? null : "rejected", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await RevokeEverythingAsync(user.Id, currentSession, origin, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Starts (or restarts) authenticator enrolment: a new secret, not active until confirmed with a code.</summary>
    public async Task<TotpEnrollment> BeginAuthenticatorAsync(ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await _users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
        user.TotpLastTimeStep = 0;
        await _users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false); // 160 random bits, stored encrypted
        var secret = await _users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The authenticator key was not stored.");
        return TotpEnrollment.For(secret, _options.Issuer, user.Email ?? user.UserName ?? "account");
    }

    /// <summary>The enrolment data of the pending secret (to show the QR code again), or null when there is none.</summary>
    public async Task<TotpEnrollment?> PendingAuthenticatorAsync(ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = await _users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        return secret is null || user.TwoFactorEnabled ? null : TotpEnrollment.For(secret, _options.Issuer, user.Email ?? user.UserName ?? "account");
    }

    /// <summary>
    /// Confirms enrolment with a code from the app. On success the authenticator is on, recovery
    /// codes are made (returned once, kept only hashed) and devices and other sessions are revoked.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ConfirmAuthenticatorAsync(ConfidantUser user, string? code, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.TwoFactorEnabled || string.IsNullOrWhiteSpace(code)
            || !await _users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code).ConfigureAwait(false))
        {
            await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Failure, "totp", reason: "wrong-code", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return null;
        }

        await _users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        var codes = (await _users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10).ConfigureAwait(false))?.ToList() ?? [];
        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Success, "totp", reason: "enrolled", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        await RevokeEverythingAsync(user.Id, currentSession, origin, cancellationToken).ConfigureAwait(false);
        return codes;
    }

    /// <summary>Makes ten new recovery codes (the old ones stop working); returned once, kept only hashed.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(ConfidantUser user, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var codes = (await _users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10).ConfigureAwait(false))?.ToList() ?? [];
        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Success, "recovery-code", reason: "regenerated", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        return codes;
    }

    /// <summary>
    /// Adds the passkey of a creation ceremony ASP.NET Core Identity has verified, under a name
    /// (the customer's, else <paramref name="fallbackName"/>). A refused ceremony, one made for
    /// another account, or one past <see cref="PasskeyStore.MaxPerAccount"/> is audited as a
    /// failure. On success devices and other sessions are revoked, as for any new factor.
    /// </summary>
    public async Task<IdentityResult> AddPasskeyAsync(ConfidantUser user, PasskeyAttestationResult attestation, string? name, string fallbackName, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(attestation);
        var passkey = attestation.Succeeded ? attestation.Passkey : null;
        if (passkey is null || !string.Equals(attestation.UserEntity?.Id, await _users.GetUserIdAsync(user).ConfigureAwait(false), StringComparison.Ordinal))
        {
            return await RefuseAsync("rejected", PasskeyErrors.Rejected).ConfigureAwait(false);
        }

        if (await _passkeys.CountAsync(user).ConfigureAwait(false) >= PasskeyStore.MaxPerAccount)
        {
            return await RefuseAsync("too-many", PasskeyErrors.TooMany).ConfigureAwait(false);
        }

        passkey.Name = PasskeyStore.CleanName(name) ?? PasskeyStore.CleanName(fallbackName) ?? "Passkey";
        var result = await _users.AddOrUpdatePasskeyAsync(user, passkey).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure, "passkey", [PasskeyStore.AuditIdOf(passkey.CredentialId)], reason: result.Succeeded ? "enrolled" : "not-stored", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await RevokeEverythingAsync(user.Id, currentSession, origin, cancellationToken).ConfigureAwait(false);
        }

        return result;

        async Task<IdentityResult> RefuseAsync(string reason, string code)
        {
            await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Failure, "passkey", reason: reason, origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return IdentityResult.Failed(new IdentityError { Code = code, Description = $"The passkey was not added ({reason})." });
        }
    }

    /// <summary>Removes one of the account's passkeys (by its base64url id); devices and other sessions are revoked. False when there is no such passkey.</summary>
    public async Task<bool> RemovePasskeyAsync(ConfidantUser user, string? passkeyId, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await _passkeys.FindAsync(user, passkeyId).ConfigureAwait(false) is not { } passkey
            || !(await _passkeys.RemoveAsync(user, passkey.CredentialId).ConfigureAwait(false)).Succeeded)
        {
            return false;
        }

        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Success, "passkey", [PasskeyStore.AuditIdOf(passkey.CredentialId)], reason: "removed", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        await RevokeEverythingAsync(user.Id, currentSession, origin, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Renames one of the account's passkeys (not a change of factor: nothing is revoked). False when there is no such passkey or the name is empty.</summary>
    public async Task<bool> RenamePasskeyAsync(ConfidantUser user, string? passkeyId, string? name)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (PasskeyStore.CleanName(name) is not { } clean || await _passkeys.FindAsync(user, passkeyId).ConfigureAwait(false) is not { } passkey)
        {
            return false;
        }

        passkey.Name = clean;
        return (await _users.AddOrUpdatePasskeyAsync(user, passkey).ConfigureAwait(false)).Succeeded;
    }

    /// <summary>Revokes one trusted device of the account.</summary>
    public async Task<bool> RevokeDeviceAsync(ConfidantUser user, Guid deviceId, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var revoked = await _devices.RevokeAsync(user.Id, deviceId, cancellationToken).ConfigureAwait(false);
        if (revoked)
        {
            await _audit.WriteAsync(AuditEventTypes.DeviceRevoked, user.Id, AuditOutcome.Success, "device", [deviceId.ToString("N")], reason: "customer-request", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return revoked;
    }

    /// <summary>
    /// Starts adding a phone for text-message codes: the number is read in the default region and
    /// must be a mobile-capable number; a code goes to it, bound to a new enrolment id. Returns the
    /// id and the E.164 number to remember until confirmation, or null with a reason.
    /// </summary>
    public async Task<(Guid EnrolmentId, string Number)?> BeginPhoneAsync(ConfidantUser user, string? input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (MobileNumbers.TryNormalise(input, _options.DefaultPhoneRegion) is not { } number)
        {
            return null;
        }

        var enrolment = Guid.NewGuid();
        var code = await _codes.IssueAsync(user.Id, enrolment, cancellationToken).ConfigureAwait(false);
        await _messages.SendAsync(new SecurityMessage(
            SecurityChannel.Sms,
            number,
            $"{_options.Issuer} phone check",
            $"{_options.Issuer} code {code} adds this phone to your account. Not you? Ignore this text.",
            SecurityMessageKind.AccountNotice), cancellationToken).ConfigureAwait(false);
        return (enrolment, number);
    }

    /// <summary>Confirms the phone with the code it received; codes then go to it by text message. Devices and other sessions are signed out.</summary>
    public async Task<bool> ConfirmPhoneAsync(ConfidantUser user, Guid enrolmentId, string number, string? code, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await _codes.VerifyAsync(user.Id, enrolmentId, code, cancellationToken).ConfigureAwait(false))
        {
            await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Failure, "sms-code", reason: "wrong-code", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return false;
        }

        user.PhoneNumber = number;
        user.PhoneNumberConfirmed = true;
        user.CodeChannel = "sms";
        await _users.UpdateAsync(user).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Success, "sms-code", reason: "enrolled", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        await RevokeEverythingAsync(user.Id, currentSession, origin, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Removes the phone; codes go to the e-mail address again.</summary>
    public async Task RemovePhoneAsync(ConfidantUser user, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.CodeChannel = "email";
        await _users.UpdateAsync(user).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Success, "sms-code", reason: "removed", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        await RevokeEverythingAsync(user.Id, currentSession, origin, cancellationToken).ConfigureAwait(false);
    }

    private async Task RevokeEverythingAsync(Guid userId, Guid currentSession, IPAddress? origin, CancellationToken cancellationToken)
    {
        var devices = await _devices.RevokeAllAsync(userId, cancellationToken).ConfigureAwait(false);
        if (devices > 0)
        {
            await _audit.WriteAsync(AuditEventTypes.DeviceRevoked, userId, AuditOutcome.Success, "device", reason: "credential-change", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var sessions = await _sessions.RevokeAllAsync(userId, currentSession, cancellationToken).ConfigureAwait(false);
        if (sessions > 0)
        {
            await _audit.WriteAsync(AuditEventTypes.SignOut, userId, AuditOutcome.Success, "session", reason: "credential-change", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
