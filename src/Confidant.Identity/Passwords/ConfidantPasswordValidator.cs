using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Passwords;

/// <summary>
/// Password rules of NIST SP 800-63B and OWASP ASVS 5.0, in place of Identity's composition rules:
/// at least <see cref="PasswordPolicyOptions.MinimumLength"/> and at most
/// <see cref="PasswordPolicyOptions.MaximumLength"/> Unicode code points after NFKC normalisation,
/// not a common password in disguise (<see cref="PasswordErrorCodes.Common"/>), and not built on the
/// account's user name or e-mail address. Error descriptions never repeat the password.
/// </summary>
/// <typeparam name="TUser">The account type.</typeparam>
public sealed class ConfidantPasswordValidator<TUser> : IPasswordValidator<TUser>
    where TUser : class
{
    // A code point is at most two UTF-16 units, and NFKC composition joins at most two units into one,
    // so text longer than this cannot be short enough after normalisation. It saves normalising megabytes.
    private const int MostUnitsPerCodePoint = 4;

    private readonly PasswordPolicyOptions _policy;

    /// <summary>Creates a validator with the given policy.</summary>
    public ConfidantPasswordValidator(IOptions<PasswordPolicyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _policy = options.Value;
    }

    /// <summary>Checks a new password for <paramref name="user"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);

        if (password.Length > (long)_policy.MaximumLength * MostUnitsPerCodePoint)
        {
            return IdentityResult.Failed(TooLong());
        }

        if (!PasswordText.TryNormalize(password, out var normalized))
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = PasswordErrorCodes.BrokenUnicode,
                Description = "The password contains broken characters (for instance half of an emoji). Please type it again.",
            });
        }

        var length = PasswordText.CountCodePoints(normalized);
        if (length > _policy.MaximumLength)
        {
            return IdentityResult.Failed(TooLong());
        }

        var errors = new List<IdentityError>();
        if (length < _policy.MinimumLength)
        {
            errors.Add(new IdentityError
            {
                Code = PasswordErrorCodes.TooShort,
                Description = string.Create(CultureInfo.InvariantCulture, $"Use at least {_policy.MinimumLength} characters. A few unrelated words make a long password that is easy to remember."),
            });
        }

        var userName = await manager.GetUserNameAsync(user).ConfigureAwait(false);
        var email = manager.SupportsUserEmail ? await manager.GetEmailAsync(user).ConfigureAwait(false) : null;
        var accountWords = AccountNameWords.From(userName, email);
        var guessable = GuessablePasswordCheck.Check(normalized, accountWords.ContextWords);
        if (guessable == GuessableKind.ContextWord || accountWords.IsContainedIn(normalized))
        {
            errors.Add(new IdentityError
            {
                Code = PasswordErrorCodes.ContainsAccountName,
                Description = "The password must not contain your user name or e-mail address.",
            });
        }

        if (guessable == GuessableKind.Common)
        {
            errors.Add(new IdentityError
            {
                Code = PasswordErrorCodes.Common,
                Description = "This password is too common or too easy to guess, even with numbers or symbols added. Try a few unrelated words instead.",
            });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private IdentityError TooLong() => new()
    {
        Code = PasswordErrorCodes.TooLong,
        Description = string.Create(CultureInfo.InvariantCulture, $"Use at most {_policy.MaximumLength} characters."),
    };
}
