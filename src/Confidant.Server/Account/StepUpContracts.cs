namespace Confidant.Server.Account;

/// <summary>An action to step up for: its name and, for a transfer, what the confirmation is bound to.</summary>
/// <param name="Action">The action (balance, transactions, freeze-card, unfreeze-card, report-lost-card, change-address, reveal-card, transfer, and the loaded bot pack's own actions by the name after their prefix).</param>
/// <param name="Amount">A transfer's amount.</param>
/// <param name="Currency">A transfer's ISO 4217 currency.</param>
/// <param name="Payee">A transfer's payee.</param>
public record StepUpBody(string? Action, decimal? Amount = null, string? Currency = null, string? Payee = null)
{
    /// <summary>The action only: a transfer's amount and payee, and an approval's code and answer, never reach a log this way (sealed, so the approval body prints the same).</summary>
    public sealed override string ToString() => $"{GetType().Name} {{ Action = {Action} }}";
}

/// <summary>An approval: the action it is for (it must match the challenge), the factor and the code.</summary>
/// <param name="Action">The action.</param>
/// <param name="Amount">A transfer's amount.</param>
/// <param name="Currency">A transfer's currency.</param>
/// <param name="Payee">A transfer's payee.</param>
/// <param name="Factor">totp, email-code or sms-code.</param>
/// <param name="Code">The code (sent in this body, never in the chat transcript).</param>
/// <param name="KnowledgeAnswer">The answer to the security question, when the decision asked it (never instead of the code).</param>
public sealed record StepUpApprovalBody(string? Action, decimal? Amount, string? Currency, string? Payee, string? Factor, string? Code, string? KnowledgeAnswer = null)
    : StepUpBody(Action, Amount, Currency, Payee);

/// <summary>The decision: allowed, challenge-required (with the challenge and the factors that can approve it) or denied.</summary>
/// <param name="Status">allowed, challenge-required or denied.</param>
/// <param name="ChallengeId">The challenge to approve.</param>
/// <param name="Factors">Factors that can approve it.</param>
/// <param name="Reason">Why it was denied.</param>
/// <param name="KnowledgeQuestion">A security question to answer as well, when the deployment asks one for this action.</param>
public sealed record StepUpResponse(string Status, Guid? ChallengeId, IReadOnlyList<string> Factors, string? Reason, string? KnowledgeQuestion = null);

/// <summary>How an approval ended: approved, refused or over.</summary>
/// <param name="Status">approved, refused (wrong code, other transaction) or over (expired, decided, too many tries).</param>
public sealed record StepUpApprovalResponse(string Status);

/// <summary>Who is signed in, for the web chat's header.</summary>
/// <param name="SignedIn">Whether anyone is.</param>
/// <param name="Name">The account's e-mail address, masked (a•••@example.com).</param>
/// <param name="Method">How the session was authenticated.</param>
public sealed record AccountSummary(bool SignedIn, string? Name, string? Method);
