using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Passwords;

/// <summary>
/// A password hash no account has, made once per process with the current parameters: a sign-in
/// for an unknown address verifies against it, so it costs the same one Argon2id run as a real
/// account's wrong password.
/// </summary>
public sealed class UnknownAccountHash
{
    private readonly IPasswordHasher<ConfidantUser> _hasher;
    private readonly Lazy<string> _hash;

    /// <summary>Creates the holder (singleton).</summary>
    public UnknownAccountHash(IPasswordHasher<ConfidantUser> hasher)
    {
        _hasher = hasher;
        _hash = new Lazy<string>(() => hasher.HashPassword(new ConfidantUser(), "not-a-password-anyone-has"));
    }

    /// <summary>Does the work of checking <paramref name="password"/>, with no account to match.</summary>
    public void Verify(string password)
    {
        try
        {
            _hasher.VerifyHashedPassword(new ConfidantUser(), _hash.Value, password);
        }
        catch (ArgumentException)
        {
            // broken Unicode: the real path refuses it the same way
        }
    }
}
