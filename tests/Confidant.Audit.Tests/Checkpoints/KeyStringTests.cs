using Confidant.Audit.Checkpoints;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class KeyStringTests
{
    [Fact]
    public void VerifierKey_EveryProperSubstring_IsRejected()
    {
        var key = NoteVectors.PeterVerifierKey;
        var accepted = new List<string>();
        for (var i = 0; i <= key.Length; i++)
        {
            for (var j = i + 1; j <= key.Length; j++)
            {
                if (i == 0 && j == key.Length)
                {
                    continue;
                }

                try
                {
                    NoteVerifierKey.Parse(key[i..j]);
                    accepted.Add(key[i..j]);
                }
                catch (CheckpointException)
                {
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void VerifierKey_EveryCharacterIncremented_IsRejected()
    {
        var key = NoteVectors.PeterVerifierKey.ToCharArray();
        var accepted = new List<string>();
        for (var i = 0; i < key.Length; i++)
        {
            key[i]++;
            try
            {
                NoteVerifierKey.Parse(new string(key));
                accepted.Add(new string(key));
            }
            catch (CheckpointException)
            {
            }

            key[i]--;
        }

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==", CheckpointErrorCodes.VerifierKeyMalformed)] // wrong length, id adjusted (Go's test)
    [InlineData("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", CheckpointErrorCodes.UnsupportedKeyType)] // unknown algorithm, id adjusted (Go's test)
    [InlineData("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", CheckpointErrorCodes.VerifierKeyIdMismatch)]
    [InlineData("PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", CheckpointErrorCodes.VerifierKeyMalformed)]
    [InlineData("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", CheckpointErrorCodes.VerifierKeyMalformed)]
    [InlineData("PeterNeumann+c74f20a3", CheckpointErrorCodes.VerifierKeyMalformed)]
    [InlineData("PeterNeumann+c74f20a3+", CheckpointErrorCodes.VerifierKeyMalformed)]
    [InlineData("PeterNeumann+c74f20a3+!!!!", CheckpointErrorCodes.VerifierKeyMalformed)]
    [InlineData("", CheckpointErrorCodes.VerifierKeyMalformed)]
    public void VerifierKey_Malformed_IsRejectedWithItsCode(string key, string code)
    {
        Assert.Equal(code, Assert.Throws<CheckpointException>(() => NoteVerifierKey.Parse(key)).Code);
    }

    [Fact]
    public void VerifierKey_WhoseBase64HoldsPlusSigns_Parses()
    {
        var key = NoteVerifierKey.Parse(NoteVectors.SumDbVerifierKey);

        Assert.Equal("sum.golang.org", key.Name);
        Assert.Equal(NoteVectors.SumDbVerifierKey, key.ToString());
    }

    [Fact]
    public void SignerKey_EveryProperSubstring_AndEveryIncrement_IsRejected()
    {
        var key = NoteVectors.PeterSignerKey;
        var accepted = new List<string>();
        for (var i = 0; i <= key.Length; i++)
        {
            for (var j = i + 1; j <= key.Length; j++)
            {
                if (!(i == 0 && j == key.Length) && Accepts(key[i..j]))
                {
                    accepted.Add(key[i..j]);
                }
            }
        }

        var chars = key.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i]++;
            if (Accepts(new string(chars)))
            {
                accepted.Add(new string(chars));
            }

            chars[i]--;
        }

        Assert.Empty(accepted);

        static bool Accepts(string candidate)
        {
            try
            {
                NoteSigner.FromSignerKey(candidate).Dispose();
                return true;
            }
            catch (CheckpointException)
            {
                return false;
            }
        }
    }

    [Fact]
    public void Signer_RefusesTextsThatAreNoNoteText()
    {
        using var signer = TestKeys.LogSigner();

        Assert.Throws<ArgumentException>(() => signer.Sign("no final newline"));
        Assert.Throws<ArgumentException>(() => signer.Sign(""));
        Assert.Throws<ArgumentException>(() => signer.Sign("tab\there\n"));
        Assert.Throws<ArgumentException>(() => NoteSigner.FromSeed("bad name", new byte[32]));
        Assert.Throws<ArgumentException>(() => NoteSigner.FromSeed("ok", new byte[31]));
    }
}
