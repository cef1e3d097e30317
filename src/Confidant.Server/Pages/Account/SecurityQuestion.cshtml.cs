using Confidant.Identity.Accounts;
using Confidant.Identity.Factors;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>The optional knowledge check's question and answer (only where the deployment switched it on).</summary>
public sealed class SecurityQuestionModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly KnowledgeCheck _knowledge;

    /// <summary>Creates the page.</summary>
    public SecurityQuestionModel(UserManager<ConfidantUser> users, KnowledgeCheck knowledge)
    {
        _users = users;
        _knowledge = knowledge;
    }

    /// <summary>The question chosen.</summary>
    [BindProperty]
    public string? Question { get; set; }

    /// <summary>The answer (never shown back).</summary>
    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>The current question's text.</summary>
    public string? Current { get; private set; }

    /// <summary>Whether it was just saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>What went wrong.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form (404 where the check is off).</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!_knowledge.Enabled)
        {
            return NotFound();
        }

        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Current = KnowledgeCheck.QuestionOf(user);
        return Page();
    }

    /// <summary>Saves the question and answer.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!_knowledge.Enabled)
        {
            return NotFound();
        }

        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Error = await _knowledge.SetAsync(user, Question, Answer, cancellationToken).ConfigureAwait(false);
        Saved = Error is null;
        Current = KnowledgeCheck.QuestionOf(user);
        return Page();
    }
}
