using Confidant.Identity.Passwords;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Tests.Passwords;

public sealed class Argon2idSecretHasherTests
{
    private readonly Argon2idSecretHasher _hasher = new(Options.Create(new PasswordHashingOptions()));

    [Fact]
    public void Hash_ThenVerify_AcceptsTheSecretAndRefusesAnother()
    {
        var stored = _hasher.Hash("the name of my first school");

        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", stored, StringComparison.Ordinal);
        Assert.True(_hasher.Verify(stored, "the name of my first school"));
        Assert.False(_hasher.Verify(stored, "the name of my second school"));
        Assert.False(_hasher.NeedsRehash(stored));
    }

    [Fact]
    public void Verify_HashMadeByThePasswordHasher_IsTheSameFormat()
    {
        var stored = TestHashes.Weak("Rue des Écoles", memoryKiB: 64, iterations: 1);

        Assert.True(_hasher.Verify(stored, "Rue des E\u0301coles"));
        Assert.True(_hasher.NeedsRehash(stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AQAAAAEAACcQAAAAEA==")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAA")]
    public void Verify_NotAnArgon2idHash_IsFalseAndNeedsRehash(string stored)
    {
        Assert.False(_hasher.Verify(stored, "answer"));
        Assert.True(_hasher.NeedsRehash(stored));
    }

    [Fact]
    public void Hash_LoneSurrogate_IsRefusedWithAMessageThatDoesNotContainTheSecret()
    {
        var error = Assert.Throws<ArgumentException>(() => _hasher.Hash("Fluffy\uDE00kitten"));

        Assert.Equal("secret", error.ParamName);
        Assert.Contains("broken Unicode", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fluffy", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kitten", error.Message, StringComparison.Ordinal);
    }
}
