using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Accounts;

/// <summary>
/// Identity's error messages without the value they are about. The default ones repeat the user
/// name or e-mail address ("Username 'dana@example.com' is already taken."), and an error
/// message may end up in a response, a log line or a terminal: an address is personal data and is
/// never echoed back. Codes are Identity's own, so callers still tell the errors apart.
/// </summary>
public sealed class ConfidantIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "This user name is already taken." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "This e-mail address is already taken." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "The user name is not valid: use letters, digits and the characters @ . - _ + only." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Enter an e-mail address like name@example.com." };
}
