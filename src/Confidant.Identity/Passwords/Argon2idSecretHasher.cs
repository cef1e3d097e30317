using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Passwords;

/// <summary>
/// Hashes low-entropy secrets other than passwords (answers to security questions, for instance)
/// exactly as <see cref="Argon2idPasswordHasher{TUser}"/> hashes passwords: NFKC-normalised UTF-8,
/// Argon2id with a fresh 16-byte salt and the configured costs, stored as a PHC string.
/// </summary>
/// <remarks>
/// Only NFKC normalisation is applied. A caller that wants "Paris" and " paris" to match (as answers
/// to a question usually should) canonicalises the text, case and spaces, before hashing and verifying.
/// </remarks>
public sealed class Argon2idSecretHasher
{
    private readonly Argon2idParameters _current;

    /// <summary>Creates a hasher with the given costs.</summary>
    /// <exception cref="OptionsValidationException">The costs are below OWASP's minimum or above the accepted bounds.</exception>
    public Argon2idSecretHasher(IOptions<PasswordHashingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        PasswordHashingOptionsValidator.ThrowIfInvalid(value);
        _current = Argon2idParameters.From(value);
    }

    /// <summary>Hashes a secret into a PHC string (<c>$argon2id$v=19$m=…,t=…,p=…$salt$hash</c>).</summary>
    /// <exception cref="ArgumentException">The secret is not valid UTF-16 (it contains a lone surrogate).</exception>
    public string Hash(string secret) => HashCore(secret, "secret", nameof(secret));

    /// <summary>
    /// True when <paramref name="secret"/> matches <paramref name="stored"/>. A stored value that is
    /// not a well-formed Argon2id PHC string gives false, not an exception.
    /// </summary>
    public bool Verify(string stored, string secret) => VerifyCore(stored, secret, nameof(secret)) != PasswordVerificationResult.Failed;

    /// <summary>
    /// True when <paramref name="stored"/> was made with cheaper costs, a shorter salt or a shorter
    /// hash than <see cref="Hash(string)"/> makes now, or is not a readable Argon2id hash: hash the
    /// secret again the next time it is presented.
    /// </summary>
    public bool NeedsRehash(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return !Argon2idPhc.TryParse(stored, out var parameters, out var salt, out var hash)
            || Argon2idPhc.NeedsRehash(parameters, salt.Length, hash.Length, _current);
    }

    /// <summary>Hashes with an <see cref="ArgumentException"/> naming <paramref name="parameterName"/> on broken Unicode.</summary>
    internal string HashCore(string secret, string what, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(secret, parameterName);
        if (!PasswordText.TryNormalize(secret, out var normalized))
        {
            throw new ArgumentException(PasswordText.BrokenUnicodeMessage(what), parameterName);
        }

        var bytes = PasswordText.ToUtf8(normalized);
        try
        {
            var salt = RandomNumberGenerator.GetBytes(Argon2idPhc.SaltLength);
            var hash = Argon2idPhc.DeriveHash(bytes, salt, _current, Argon2idPhc.HashLength);
            return Argon2idPhc.Format(_current, salt, hash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Verifies against an Argon2id PHC string and says whether it should be replaced by a new hash.</summary>
    internal PasswordVerificationResult VerifyCore(string stored, string secret, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(secret, parameterName);

        // No hash can have been made from broken text, so it simply does not match.
        if (!Argon2idPhc.TryParse(stored, out var parameters, out var salt, out var expected)
            || !PasswordText.TryNormalize(secret, out var normalized))
        {
            return PasswordVerificationResult.Failed;
        }

        var bytes = PasswordText.ToUtf8(normalized);
        byte[]? actual = null;
        try
        {
            actual = Argon2idPhc.DeriveHash(bytes, salt, parameters, expected.Length);
            if (!CryptographicOperations.FixedTimeEquals(actual, expected))
            {
                return PasswordVerificationResult.Failed;
            }

            return Argon2idPhc.NeedsRehash(parameters, salt.Length, expected.Length, _current)
                ? PasswordVerificationResult.SuccessRehashNeeded
                : PasswordVerificationResult.Success;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
            if (actual is not null)
            {
                CryptographicOperations.ZeroMemory(actual);
            }
        }
    }
}
