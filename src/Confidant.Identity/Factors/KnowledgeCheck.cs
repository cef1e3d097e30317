using System.Text;
using Confidant.Audit.Events;
using Confidant.Identity.Accounts;
using Confidant.Identity.Auditing;
using Confidant.Identity.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Factors;

/// <summary>
/// The optional security-question knowledge check. OWASP ASVS 5.0 (6.4.2) forbids secret
/// questions as an authentication factor: answers are guessable, researchable and reused. So this
/// is never a factor and never satisfies sign-in or step-up on its own; a deployment may switch it
/// on (<see cref="ConfidantIdentityOptions.KnowledgeCheckEnabled"/>, off by default) to ask it in
/// addition to a real second factor before chosen actions (revealing a full card, say). Answers
/// are normalised (case, spacing, punctuation) and kept only as Argon2id hashes; five wrong
/// answers in a row stop it until the customer sets it again.
/// </summary>
public sealed class KnowledgeCheck
{
    /// <summary>Wrong answers in a row after which the check refuses until the answer is set again.</summary>
    public const int MaxFailures = 5;

    /// <summary>The questions a customer may choose from (id to text). Fixed, so no question itself holds personal data.</summary>
    public static IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["first-school"] = "What was the name of your first school?",
        ["childhood-street"] = "What was the name of the street you grew up on?",
        ["first-concert"] = "What was the first concert you went to?",
        ["favourite-book"] = "What is the title of a book you loved as a child?",
    };

    private readonly UserManager<ConfidantUser> _users;
    private readonly Argon2idSecretHasher _hasher;
    private readonly IdentityAudit _audit;
    private readonly ConfidantIdentityOptions _options;

    /// <summary>Creates the check (scoped).</summary>
    public KnowledgeCheck(UserManager<ConfidantUser> users, Argon2idSecretHasher hasher, IdentityAudit audit, IOptions<ConfidantIdentityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _users = users;
        _hasher = hasher;
        _audit = audit;
        _options = options.Value;
    }

    /// <summary>Whether the deployment switched the check on.</summary>
    public bool Enabled => _options.KnowledgeCheckEnabled;

    /// <summary>Whether the account has an answer set (and the check is on).</summary>
    public bool IsSetFor(ConfidantUser user) => Enabled && user?.KnowledgeAnswerHash is not null;

    /// <summary>Whether an action asks the check (when it is on and the customer set an answer).</summary>
    public bool AppliesTo(ConfidantUser user, string action) =>
        IsSetFor(user) && _options.KnowledgeCheckActions.Contains(action, StringComparer.Ordinal);

    /// <summary>The question text of the account's chosen question.</summary>
    public static string? QuestionOf(ConfidantUser user) =>
        user?.KnowledgeQuestion is { } id && Questions.TryGetValue(id, out var text) ? text : null;

    /// <summary>Sets (or replaces) the question and answer; null on success, otherwise why not.</summary>
    public async Task<string?> SetAsync(ConfidantUser user, string? questionId, string? answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Enabled)
        {
            return "The security question is not used here.";
        }

        if (questionId is null || !Questions.ContainsKey(questionId))
        {
            return "Choose one of the questions.";
        }

        var normal = Normalise(answer);
        if (normal is null || normal.Length < 3 || normal.Length > 100)
        {
            return "Give an answer of 3 to 100 letters or digits.";
        }

        user.KnowledgeQuestion = questionId;
        user.KnowledgeAnswerHash = _hasher.Hash(normal);
        user.KnowledgeFailures = 0;
        await _users.UpdateAsync(user).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.FactorChanged, user.Id, AuditOutcome.Success, "knowledge-check", reason: "set", cancellationToken: cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Checks an answer; counts wrong ones and refuses after <see cref="MaxFailures"/> in a row.</summary>
    public async Task<bool> VerifyAsync(ConfidantUser user, string? answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!IsSetFor(user) || user.KnowledgeFailures >= MaxFailures)
        {
            return false;
        }

        var normal = Normalise(answer);
        var right = normal is not null && _hasher.Verify(user.KnowledgeAnswerHash!, normal);
        user.KnowledgeFailures = right ? 0 : user.KnowledgeFailures + 1;
        await _users.UpdateAsync(user).ConfigureAwait(false);
        await _audit.WriteAsync(AuditEventTypes.MfaResult, user.Id, right ? AuditOutcome.Success : AuditOutcome.Failure, "knowledge-check", reason: right ? null : "wrong-answer", cancellationToken: cancellationToken).ConfigureAwait(false);
        return right;
    }

    /// <summary>Lower case letters and digits, single spaces: "St. Mary's  School" is "st marys school".</summary>
    internal static string? Normalise(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer) || answer.Length > 400)
        {
            return null;
        }

        var text = new StringBuilder(answer.Length);
        var space = false;
        foreach (var rune in answer.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (space && text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(Rune.ToLowerInvariant(rune).ToString());
                space = false;
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                space = true;
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
