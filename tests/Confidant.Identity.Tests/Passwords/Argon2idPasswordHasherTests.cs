using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Confidant.Identity.Passwords;
using Konscious.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Tests.Passwords;

public sealed partial class Argon2idPasswordHasherTests
{
    private static readonly ConfidantUser User = IdentityServices.NewUser("someone@example.org");

    // Most tests hash at the real costs (about 0.1–0.2 s a hash here), so each hashes as little as it can.
    private readonly Argon2idPasswordHasher<ConfidantUser> _hasher = new(Options.Create(new PasswordHashingOptions()));

    [Fact]
    public void Konscious_Rfc9106Argon2idVector_IsReproduced()
    {
        // RFC 9106 section 5.3: Argon2id, m=32 KiB, t=3, p=4, 32-byte tag, with secret and associated data.
        using var argon2 = new Argon2id(Enumerable.Repeat((byte)0x01, 32).ToArray())
        {
            Salt = Enumerable.Repeat((byte)0x02, 16).ToArray(),
            KnownSecret = Enumerable.Repeat((byte)0x03, 8).ToArray(),
            AssociatedData = Enumerable.Repeat((byte)0x04, 12).ToArray(),
            MemorySize = 32,
            Iterations = 3,
            DegreeOfParallelism = 4,
        };

        var tag = argon2.GetBytes(32);

        Assert.Equal("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", Convert.ToHexStringLower(tag));
    }

    [Fact]
    public void HashPassword_WritesPhcStringWithConfiguredCosts_WhoseHashIsArgon2idOfTheUtf8Password()
    {
        const string Password = "quiet harbour at dawn";

        var stored = _hasher.HashPassword(User, Password);

        var match = PhcPattern().Match(stored);
        Assert.True(match.Success, "Not a PHC string with m=19456,t=2,p=1.");
        var salt = FromUnpaddedBase64(match.Groups["salt"].Value);
        var hash = FromUnpaddedBase64(match.Groups["hash"].Value);
        Assert.Equal(16, salt.Length);
        Assert.Equal(32, hash.Length);

        using var argon2 = new Argon2id(Encoding.UTF8.GetBytes(Password))
        {
            Salt = salt,
            MemorySize = 19456,
            Iterations = 2,
            DegreeOfParallelism = 1,
        };
        Assert.Equal(argon2.GetBytes(32), hash);
    }

    [Fact]
    public void VerifyHashedPassword_PhcStringFromTheReferenceImplementation_Verifies()
    {
        // From the test suite of the Argon2 reference implementation (phc-winner-argon2, src/test.c):
        // "password", salt "somesalt", Argon2id v1.3, m=65536, t=2, p=1. Its 8-byte salt is shorter than ours.
        const string Reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, Reference, "password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, Reference, "Password"));
    }

    [Fact]
    public void HashPassword_SamePasswordTwice_GivesDifferentSalts()
    {
        var first = _hasher.HashPassword(User, "same words every time");
        var second = _hasher.HashPassword(User, "same words every time");

        Assert.NotEqual(PhcPattern().Match(first).Groups["salt"].Value, PhcPattern().Match(second).Groups["salt"].Value);
    }

    [Fact]
    public void VerifyHashedPassword_RightPasswordSucceeds_WrongOneFails()
    {
        var stored = _hasher.HashPassword(User, "lantern moss violin 7");

        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(User, stored, "lantern moss violin 7"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, stored, "lantern moss violin 8"));
    }

    [Fact]
    public void VerifyHashedPassword_FullWidthFormOfThePassword_Succeeds()
    {
        var stored = _hasher.HashPassword(User, "Quiet Harbour 42");

        // Full-width letters and digits, and an ideographic space: NFKC makes them the ASCII characters.
        var result = _hasher.VerifyHashedPassword(User, stored, "Ｑｕｉｅｔ\u3000Ｈａｒｂｏｕｒ\u3000４２");

        Assert.Equal(PasswordVerificationResult.Success, result);
    }

    [Fact]
    public void HashPassword_LoneSurrogate_IsRefusedWithAMessageThatDoesNotContainThePassword()
    {
        const string Password = "Blue\uD83Dlagoon7";

        var error = Assert.Throws<ArgumentException>(() => _hasher.HashPassword(User, Password));

        Assert.Equal("password", error.ParamName);
        Assert.Contains("broken Unicode", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Blue", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lagoon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyHashedPassword_LoneSurrogateInTheAttempt_FailsWithoutThrowing()
    {
        var stored = TestHashes.Weak("anything at all", memoryKiB: 64, iterations: 1);

        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, stored, "anything\uDC00at all"));
    }

    [Theory]
    [InlineData(8192, 2, 1)]
    [InlineData(19456, 1, 1)]
    [InlineData(64, 1, 1)]
    public void VerifyHashedPassword_HashWithCheaperCosts_SucceedsButAsksForARehash(int memoryKiB, int iterations, int parallelism)
    {
        var stored = TestHashes.Weak("river stones", memoryKiB, iterations, parallelism);

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, stored, "river stones"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, stored, "river stone"));
    }

    [Fact]
    public void VerifyHashedPassword_HashWithShortSaltOrShortHash_AsksForARehash()
    {
        var shortSalt = TestHashes.Weak("river stones", 19456, 2, 1, saltLength: 8);
        var shortHash = TestHashes.Weak("river stones", 19456, 2, 1, hashLength: 16);

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, shortSalt, "river stones"));
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, shortHash, "river stones"));
    }

    [Fact]
    public void VerifyHashedPassword_HashWithHigherCostsThanConfigured_SucceedsWithoutRehash()
    {
        var stored = TestHashes.Weak("river stones", 19456, 3, 1);

        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(User, stored, "river stones"));
    }

    [Fact]
    public void VerifyHashedPassword_EverySingleCharacterChangeOrDeletion_Fails()
    {
        // Cheap costs so that every variant that still parses can be computed; the costs are read from the string.
        const string Password = "every byte counts";
        var stored = TestHashes.Weak(Password, memoryKiB: 64, iterations: 1);
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, stored, Password));

        const string Replacements = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=$,-_. é\0";
        var accepted = new List<string>();
        for (var i = 0; i < stored.Length; i++)
        {
            var variants = Replacements.Where(c => c != stored[i]).Select(c => stored[..i] + c + stored[(i + 1)..]).Append(stored.Remove(i, 1));
            foreach (var variant in variants)
            {
                if (_hasher.VerifyHashedPassword(User, variant, Password) != PasswordVerificationResult.Failed)
                {
                    accepted.Add(variant);
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$")]
    [InlineData("not a hash at all")]
    [InlineData("$argon2id$")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA")]
    [InlineData("$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2d$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=16$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=019456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$t=2,m=19456,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=-19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=4294967296,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=2097152,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=1000,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=0,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=0$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=16,t=2,p=4$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNh bHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAA")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1,data=AAAA$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AQAAAA")]
    [InlineData("AgAAAAEAAYagAAAAEA==")]
    [InlineData("%%%%not-base64%%%%")]
    public void VerifyHashedPassword_MalformedStoredHash_FailsWithoutThrowing(string stored)
    {
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, stored, "any password"));
    }

    [Fact]
    public void VerifyHashedPassword_IdentityV3Hash_SucceedsAndAsksForARehash()
    {
        var identityHash = new PasswordHasher<ConfidantUser>().HashPassword(User, "old pbkdf2 password");
        Assert.Equal(0x01, Convert.FromBase64String(identityHash)[0]);

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, identityHash, "old pbkdf2 password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, identityHash, "old pbkdf2 passwor"));
    }

    [Fact]
    public void VerifyHashedPassword_IdentityV2Hash_SucceedsAndAsksForARehash()
    {
        var v2 = new PasswordHasher<ConfidantUser>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        var identityHash = v2.HashPassword(User, "very old password");
        Assert.Equal(0x00, Convert.FromBase64String(identityHash)[0]);

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(User, identityHash, "very old password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, identityHash, "very old passwords"));
    }

    [Fact]
    public void VerifyHashedPassword_BrokenUnicodeAgainstAnIdentityV2Hash_FailsWithoutThrowing()
    {
        // V2 hashed with a replacing encoder; a lone surrogate must not match its U+FFFD.
        var v2 = new PasswordHasher<ConfidantUser>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        var identityHash = v2.HashPassword(User, "half an emoji \uFFFD here");

        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, identityHash, "half an emoji \uD83D here"));
    }

    [Fact]
    public void VerifyHashedPassword_IdentityV3HashWithAbsurdIterationCount_FailsWithoutRunningIt()
    {
        // Format V3: marker, PRF (HMAC-SHA512 = 2), iteration count, salt length, salt, subkey; all big-endian.
        var bytes = new byte[13 + 16 + 32];
        bytes[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), 2);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(5), uint.MaxValue);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(9), 16);
        RandomNumberGenerator.Fill(bytes.AsSpan(13));

        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(User, Convert.ToBase64String(bytes), "any password"));
    }

    [Fact]
    public void Constructor_CostsBelowOwaspMinimum_AreRefused()
    {
        var weak = Options.Create(new PasswordHashingOptions { MemoryKiB = 4096, Iterations = 1 });

        var error = Assert.Throws<OptionsValidationException>(() => new Argon2idPasswordHasher<ConfidantUser>(weak));

        Assert.Contains(error.Failures, failure => failure.Contains("MemoryKiB", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.Contains("Iterations", StringComparison.Ordinal));
    }

    private static byte[] FromUnpaddedBase64(string text) => Convert.FromBase64String(text + new string('=', (4 - (text.Length % 4)) % 4));

    [GeneratedRegex(@"^\$argon2id\$v=19\$m=19456,t=2,p=1\$(?<salt>[A-Za-z0-9+/]{22})\$(?<hash>[A-Za-z0-9+/]{43})$")]
    private static partial Regex PhcPattern();
}
