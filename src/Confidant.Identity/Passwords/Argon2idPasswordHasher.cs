using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Passwords;

/// <summary>
/// ASP.NET Core Identity's password hasher replaced by Argon2id (OWASP ASVS 5.0, NIST SP 800-63B):
/// passwords are NFKC-normalised, hashed with a fresh 16-byte salt into a 32-byte Argon2id hash and
/// stored as a PHC string, <c>$argon2id$v=19$m=19456,t=2,p=1$&lt;salt&gt;$&lt;hash&gt;</c>.
/// </summary>
/// <remarks>
/// Hashes made by Identity's own <see cref="PasswordHasher{TUser}"/> (PBKDF2, formats V2 and V3)
/// still verify, with <see cref="PasswordVerificationResult.SuccessRehashNeeded"/>, so
/// <see cref="UserManager{TUser}"/> replaces them with an Argon2id hash at the next sign-in. So do
/// Argon2id hashes made with cheaper costs than the configured ones.
/// </remarks>
/// <typeparam name="TUser">The account type.</typeparam>
public sealed class Argon2idPasswordHasher<TUser> : IPasswordHasher<TUser>
    where TUser : class
{
    // Identity's V3 format stores its PBKDF2 iteration count; a tampered row must not make one sign-in
    // attempt run for minutes. Identity's default is 100,000; OWASP's highest figure is 1,300,000.
    private const uint MaximumIdentityIterations = 2_000_000;

    // Identity's V3 hashes are under 100 characters; V2 ones are 68.
    private const int MaximumIdentityHashLength = 512;

    private readonly Argon2idSecretHasher _argon2id;
    private readonly PasswordHasher<TUser> _identityHasher = new();

    /// <summary>Creates a hasher with the given costs.</summary>
    /// <exception cref="OptionsValidationException">The costs are below OWASP's minimum or above the accepted bounds.</exception>
    public Argon2idPasswordHasher(IOptions<PasswordHashingOptions> options)
    {
        _argon2id = new Argon2idSecretHasher(options);
    }

    /// <summary>Hashes a password into an Argon2id PHC string.</summary>
    /// <exception cref="ArgumentException">The password is not valid UTF-16 (it contains a lone surrogate); the message never includes it.</exception>
    public string HashPassword(TUser user, string password) => _argon2id.HashCore(password, "password", nameof(password));

    /// <summary>
    /// Checks a password against a stored hash in constant time. Gives
    /// <see cref="PasswordVerificationResult.SuccessRehashNeeded"/> for a correct password whose hash is
    /// weaker than a new one (cheaper Argon2id costs, or Identity's PBKDF2), and
    /// <see cref="PasswordVerificationResult.Failed"/> for a wrong password or a malformed stored hash.
    /// </summary>
    public PasswordVerificationResult VerifyHashedPassword(TUser user, string hashedPassword, string providedPassword)
    {
        ArgumentNullException.ThrowIfNull(hashedPassword);
        ArgumentNullException.ThrowIfNull(providedPassword);

        // No hash can have been made from text with a lone surrogate: this hasher refuses it, and so does
        // Identity's PBKDF2. Refusing it here also means a rehash is never asked for text that cannot be hashed.
        if (!PasswordText.TryNormalize(providedPassword, out _))
        {
            return PasswordVerificationResult.Failed;
        }

        return hashedPassword.StartsWith('$')
            ? _argon2id.VerifyCore(hashedPassword, providedPassword, nameof(providedPassword))
            : VerifyIdentityHash(user, hashedPassword, providedPassword);
    }

    /// <summary>
    /// Verifies an Identity V2 or V3 (PBKDF2) hash with Identity's own hasher, on the password as
    /// typed: those hashes were made before NFKC normalisation.
    /// </summary>
    private PasswordVerificationResult VerifyIdentityHash(TUser user, string hashedPassword, string providedPassword)
    {
        // Identity's hasher throws on text that is not base64; screen that, and absurd iteration counts, first.
        Span<byte> decoded = stackalloc byte[MaximumIdentityHashLength * 3 / 4];
        if (hashedPassword.Length > MaximumIdentityHashLength
            || !Convert.TryFromBase64String(hashedPassword, decoded, out var length)
            || length == 0)
        {
            return PasswordVerificationResult.Failed;
        }

        const byte V2 = 0x00;
        const byte V3 = 0x01;
        var acceptable = decoded[0] switch
        {
            V2 => true,
            V3 => length >= 13 && BinaryPrimitives.ReadUInt32BigEndian(decoded[5..9]) <= MaximumIdentityIterations,
            _ => false,
        };
        if (!acceptable)
        {
            return PasswordVerificationResult.Failed;
        }

        return _identityHasher.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
            ? PasswordVerificationResult.Failed
            : PasswordVerificationResult.SuccessRehashNeeded;
    }
}
