using System.Net;
using System.Security.Cryptography;
using Confidant.Audit.Events;
using Confidant.Identity.Accounts;
using Confidant.Identity.Auditing;
using Confidant.Identity.Data;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Sessions;
using Confidant.Identity.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.StepUp;

/// <summary>
/// Step-up before risky actions. The dialog engine asks <see cref="RequireAsync"/> before an
/// action; when a fresh second factor is needed the customer approves the challenge through the
/// secure input (never the transcript) with <see cref="ApproveAsync"/>, and the engine calls
/// <see cref="ConsumeAsync"/> right before it acts, which succeeds once. A payment challenge is
/// bound to the hash of its amount, currency and payee: a code sent for one transfer names that
/// transfer and approves only it. A trusted device never satisfies step-up.
/// </summary>
public sealed class StepUpService
{
    private const string Pending = "pending";
    private const string Approved = "approved";
    private const string Used = "used";
    private const string Refused = "refused";
    private readonly UserManager<ConfidantUser> _users;
    private readonly SignInFlow _signIn;
    private readonly OneTimeCodes _codes;
    private readonly SecondFactorCheck _factors;
    private readonly KnowledgeCheck _knowledge;
    private readonly ISecurityMessageSender _messages;
    private readonly SessionStore _sessions;
    private readonly IdentityDatabase _database;
    private readonly IdentityAudit _audit;
    private readonly IStepUpAuthorizationHook _hook;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service (scoped: it uses the request's user manager).</summary>
    public StepUpService(
        UserManager<ConfidantUser> users,
        SignInFlow signIn,
        OneTimeCodes codes,
        SecondFactorCheck factors,
        KnowledgeCheck knowledge,
        ISecurityMessageSender messages,
        SessionStore sessions,
        IdentityDatabase database,
        IdentityAudit audit,
        IStepUpAuthorizationHook hook,
        IOptions<ConfidantIdentityOptions> options,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _users = users;
        _signIn = signIn;
        _codes = codes;
        _factors = factors;
        _knowledge = knowledge;
        _messages = messages;
        _sessions = sessions;
        _database = database;
        _audit = audit;
        _hook = hook;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Decides whether the action may go ahead in this session, creating a challenge when a fresh factor is needed.</summary>
    public async Task<StepUpDecision> RequireAsync(SessionInfo session, StepUpRequest request, IPAddress? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var what = ActionTarget(request);
        if (request.Payment?.Problem() is not null || !IsIdentifier(request.Action))
        {
            await _audit.WriteAsync(AuditEventTypes.StepUpRequested, session.UserId, AuditOutcome.Denied, what, reason: "malformed-request", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new StepUpDecision(StepUpStatus.Denied, null, [], "malformed-request");
        }

        var verdict = await _hook.DecideAsync(session.UserId, request, cancellationToken).ConfigureAwait(false);
        if (verdict == HookVerdict.Deny)
        {
            await _audit.WriteAsync(AuditEventTypes.StepUpDecided, session.UserId, AuditOutcome.Denied, what, reason: "authorization-hook", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new StepUpDecision(StepUpStatus.Denied, null, [], "authorization-hook");
        }

        if (verdict == HookVerdict.Continue && IsSatisfied(session, request))
        {
            await _audit.WriteAsync(AuditEventTypes.StepUpDecided, session.UserId, AuditOutcome.Success, what, reason: "session-sufficient", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new StepUpDecision(StepUpStatus.Allowed, null, [], null);
        }

        var user = await _users.FindByIdAsync(session.UserId.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return new StepUpDecision(StepUpStatus.Denied, null, [], "no-account");
        }

        var factors = (await _signIn.AvailableFactorsAsync(user).ConfigureAwait(false))
            .Where(f => f is SecondFactorKind.Totp or SecondFactorKind.EmailCode or SecondFactorKind.SmsCode)
            .ToList();
        if (factors.Count == 0)
        {
            await _audit.WriteAsync(AuditEventTypes.StepUpRequested, user.Id, AuditOutcome.Denied, what, reason: "no-factor", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new StepUpDecision(StepUpStatus.Denied, null, [], "no-factor");
        }

        var now = _time.GetUtcNow();
        var challenge = new StepUpChallengeRow
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            SessionId = session.Id,
            Action = request.Action,
            Risk = (int)request.Risk,
            TransactionHash = request.Payment?.Hash(),
            CreatedAt = now,
            ExpiresAt = now + _options.CodeLifetime,
            Status = Pending,
        };
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.StepUpChallenges.Add(challenge);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await _audit.WriteAsync(AuditEventTypes.StepUpRequested, user.Id, AuditOutcome.Success, what, [challenge.Id.ToString("N")], origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!factors.Contains(SecondFactorKind.Totp))
        {
            await SendCodeAsync(session, challenge.Id, request, cancellationToken).ConfigureAwait(false);
        }

        return new StepUpDecision(StepUpStatus.ChallengeRequired, challenge.Id, factors, null)
        {
            KnowledgeQuestion = _knowledge.AppliesTo(user, request.Action) ? KnowledgeCheck.QuestionOf(user) : null,
        };
    }

    /// <summary>
    /// Sends a one-time code for a challenge to the account's code channel; the message names the
    /// action and, for a payment, the amount and payee the code approves. False when the challenge
    /// is over, the request is not the one it was made for, or it has had its share of codes.
    /// </summary>
    public async Task<bool> SendCodeAsync(SessionInfo session, Guid challengeId, StepUpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var challenge = await LoadPendingAsync(session, challengeId, cancellationToken).ConfigureAwait(false);
        var user = challenge is null ? null : await _users.FindByIdAsync(session.UserId.ToString()).ConfigureAwait(false);
        if (challenge is null || user is null || !Matches(challenge, request) || SignInFlow.CodeChannelOf(user) is not { } channel)
        {
            return false;
        }

        var code = await _codes.IssueAsync(user.Id, challengeId, cancellationToken).ConfigureAwait(false);
        if (code is null)
        {
            return false;
        }

        // One SMS segment: there the payee is shortened to 30 characters, never the amount or the currency.
        var summary = request.Payment is { } payment ? $"pay {payment.Summary(channel == SecurityChannel.Sms ? 30 : int.MaxValue)}" : request.Action;

        await _messages.SendAsync(new SecurityMessage(
            channel,
            SignInFlow.RecipientOf(user, channel),
            $"Confirm: {summary}",
            channel == SecurityChannel.Sms
                ? $"Code {code} approves: {summary}. Once, {(int)_options.CodeLifetime.TotalMinutes} min. Never share it."
                : $"Code {code} approves: {summary}. It works once, for this only, for {(int)_options.CodeLifetime.TotalMinutes} minutes. If you did not ask for this, do not share the code.",
            SecurityMessageKind.StepUpCode), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Approves a challenge of this session with a second factor. For a payment the details must
    /// be the ones the challenge was made for; a code sent for another challenge (another amount
    /// or payee) does not match this one.
    /// </summary>
    public async Task<StepUpApproval> ApproveAsync(SessionInfo session, Guid challengeId, StepUpRequest request, SecondFactorKind kind, string? code, string? knowledgeAnswer = null, IPAddress? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var challenge = await LoadPendingAsync(session, challengeId, cancellationToken).ConfigureAwait(false);
        var user = challenge is null ? null : await _users.FindByIdAsync(session.UserId.ToString()).ConfigureAwait(false);
        if (challenge is null || user is null)
        {
            return StepUpApproval.Over;
        }

        var what = ActionTarget(request);
        var ids = new[] { challengeId.ToString("N") };
        if (!Matches(challenge, request))
        {
            await FailAsync(challengeId, cancellationToken).ConfigureAwait(false);
            await _audit.WriteAsync(AuditEventTypes.StepUpDecided, user.Id, AuditOutcome.Denied, what, ids, reason: "transaction-mismatch", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return StepUpApproval.Refused;
        }

        // A recovery code is for getting back into an account, not for approving a payment.
        var accepted = await _factors.VerifyAsync(user, challengeId, kind, code, allowRecoveryCode: false, cancellationToken).ConfigureAwait(false);

        // The knowledge check, where the deployment asks it, comes on top of the factor, never instead.
        if (accepted && _knowledge.AppliesTo(user, request.Action) && !await _knowledge.VerifyAsync(user, knowledgeAnswer, cancellationToken).ConfigureAwait(false))
        {
            await FailAsync(challengeId, cancellationToken).ConfigureAwait(false);
            await _audit.WriteAsync(AuditEventTypes.StepUpDecided, user.Id, AuditOutcome.Denied, what, ids, reason: "knowledge-check", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return StepUpApproval.Refused;
        }

        await _audit.WriteAsync(AuditEventTypes.MfaResult, user.Id, accepted ? AuditOutcome.Success : AuditOutcome.Failure, SecondFactorNames.Of(kind), ids, reason: accepted ? null : "wrong-code", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!accepted)
        {
            await FailAsync(challengeId, cancellationToken).ConfigureAwait(false);
            await _audit.WriteAsync(AuditEventTypes.StepUpDecided, user.Id, AuditOutcome.Denied, what, ids, reason: "wrong-code", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
            return StepUpApproval.Refused;
        }

        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            var flipped = await db.StepUpChallenges.Where(c => c.Id == challengeId && c.Status == Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, Approved).SetProperty(c => c.DecidedAt, now), cancellationToken).ConfigureAwait(false);
            if (flipped != 1)
            {
                return StepUpApproval.Over;
            }
        }

        if (challenge.Risk == (int)RiskLevel.High && challenge.TransactionHash is null)
        {
            // A fresh factor for a high-risk change covers others for a few minutes; an approval of
            // a lower-risk action or of one payment approves that alone.
            await _sessions.MarkSecondFactorAsync(session.Id, cancellationToken).ConfigureAwait(false);
        }
        await _audit.WriteAsync(AuditEventTypes.StepUpDecided, user.Id, AuditOutcome.Success, what, ids, reason: "fresh-factor", origin: origin, cancellationToken: cancellationToken).ConfigureAwait(false);
        return StepUpApproval.Approved;
    }

    /// <summary>
    /// Uses an approved challenge for the action it was approved for, once, right before acting.
    /// False for anything else: not approved, already used, expired, another session, another
    /// action or another transaction.
    /// </summary>
    public async Task<bool> ConsumeAsync(SessionInfo session, Guid challengeId, StepUpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            var challenge = await db.StepUpChallenges.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == challengeId && c.UserId == session.UserId && c.SessionId == session.Id, cancellationToken).ConfigureAwait(false);
            if (challenge is null || challenge.Status != Approved || challenge.ExpiresAt <= now || !Matches(challenge, request))
            {
                return false;
            }

            return await db.StepUpChallenges.Where(c => c.Id == challengeId && c.Status == Approved)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, Used), cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    private bool IsSatisfied(SessionInfo session, StepUpRequest request)
    {
        if (request.Payment is not null)
        {
            return false; // every payment is confirmed for itself
        }

        var now = _time.GetUtcNow();
        return request.Risk switch
        {
            RiskLevel.Low => true,
            RiskLevel.Medium => session.SecondFactorAt is not null,
            _ => session.SecondFactorAt is { } at && now - at <= _options.StepUpFreshness,
        };
    }

    private static bool Matches(StepUpChallengeRow challenge, StepUpRequest request)
    {
        if (!string.Equals(challenge.Action, request.Action, StringComparison.Ordinal) || challenge.Risk != (int)request.Risk)
        {
            return false;
        }

        if (challenge.TransactionHash is null || request.Payment is null)
        {
            return challenge.TransactionHash is null && request.Payment is null;
        }

        return CryptographicOperations.FixedTimeEquals(challenge.TransactionHash, request.Payment.Hash());
    }

    private async Task<StepUpChallengeRow?> LoadPendingAsync(SessionInfo session, Guid challengeId, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var challenge = await db.StepUpChallenges.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == challengeId && c.UserId == session.UserId && c.SessionId == session.Id, cancellationToken).ConfigureAwait(false);
            return challenge is { Status: Pending } && challenge.ExpiresAt > _time.GetUtcNow() && challenge.FailedAttempts < _options.MaxFactorFailures
                ? challenge
                : null;
        }
    }

    private async Task FailAsync(Guid challengeId, CancellationToken cancellationToken)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.StepUpChallenges.Where(c => c.Id == challengeId)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken).ConfigureAwait(false);
            await db.StepUpChallenges.Where(c => c.Id == challengeId && c.Status == Pending && c.FailedAttempts >= _options.MaxFactorFailures)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, Refused), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ActionTarget(StepUpRequest request) =>
        IsIdentifier(request.Action) ? $"action:{request.Action}:{request.Risk.ToString().ToLowerInvariant()}" : "action:malformed";

    private static bool IsIdentifier(string? action) =>
        action is { Length: > 0 and <= 48 } && action.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
