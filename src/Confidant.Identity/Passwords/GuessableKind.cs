namespace Confidant.Identity.Passwords;

/// <summary>Why <see cref="GuessablePasswordCheck"/> calls a password guessable.</summary>
internal enum GuessableKind
{
    /// <summary>Not guessable by these rules.</summary>
    None,

    /// <summary>A common password, word or pattern, with decorations at most.</summary>
    Common,

    /// <summary>A word of this account's context (its user name or e-mail address), with decorations at most.</summary>
    ContextWord,
}
