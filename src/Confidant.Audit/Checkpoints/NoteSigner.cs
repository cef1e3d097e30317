using System.Security.Cryptography;
using NSec.Cryptography;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Signs note texts with an Ed25519 key under a key name. The private key lives in libsodium's
/// guarded memory (NSec) and cannot be exported; dispose the signer as soon as it has signed.
/// Ed25519 is deterministic, so the same key and text always give the same signature.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    /// <summary>The length of an Ed25519 private key seed, in bytes.</summary>
    public const int SeedSize = 32;

    private readonly Key _key;

    private NoteSigner(string name, Key key)
    {
        _key = key;
        VerifierKey = NoteVerifierKey.FromEd25519(name, key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The key name signatures carry.</summary>
    public string Name => VerifierKey.Name;

    /// <summary>The key id signatures carry.</summary>
    public uint KeyId => VerifierKey.KeyId;

    /// <summary>The verifier key an auditor uses to check this signer's notes.</summary>
    public NoteVerifierKey VerifierKey { get; }

    /// <summary>
    /// A signer from a 32-byte Ed25519 seed. The seed is copied into guarded memory; the caller
    /// should zero its own copy right after.
    /// </summary>
    public static NoteSigner FromSeed(string name, ReadOnlySpan<byte> seed)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NoteSyntax.IsValidKeyName(name))
        {
            throw new ArgumentException("A key name is non-empty and holds no space, plus sign or control character.", nameof(name));
        }

        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedSize} bytes.", nameof(seed));
        }

        var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None };
        var key = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, in parameters);
        try
        {
            return new NoteSigner(name, key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A signer from a key string <c>PRIVATE+KEY+&lt;name&gt;+&lt;id&gt;+base64(0x01 ‖ seed)</c>, the
    /// interchange format of Go's note package. For tests and known-answer checks: our own log's
    /// key is never held as a string (<see cref="CheckpointKeyManager"/> keeps it wrapped).
    /// Throws <see cref="CheckpointException"/> with CONF-AUD-123.
    /// </summary>
    internal static NoteSigner FromSignerKey(string signerKey)
    {
        const string Prefix = "PRIVATE+KEY+";
        if (!signerKey.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CheckpointException(CheckpointErrorCodes.SignerKeyMalformed, "A signer key starts with PRIVATE+KEY+.");
        }

        var rest = signerKey[Prefix.Length..];
        var first = rest.IndexOf('+', StringComparison.Ordinal);
        var second = first < 0 ? -1 : rest.IndexOf('+', first + 1);
        byte[] blob = [];
        if (second < 0
            || !NoteSyntax.IsValidKeyName(rest[..first])
            || !NoteVerifierKey.TryParseKeyId(rest[(first + 1)..second], out var keyId)
            || !NoteSyntax.TryDecodeBase64(rest[(second + 1)..], out blob)
            || blob.Length != 1 + SeedSize
            || blob[0] != NoteSyntax.Ed25519Type)
        {
            CryptographicOperations.ZeroMemory(blob);
            throw new CheckpointException(CheckpointErrorCodes.SignerKeyMalformed, "A signer key is PRIVATE+KEY+<name>+<8 hex digits>+<base64 of 0x01 and a 32-byte seed>.");
        }

        try
        {
            var signer = FromSeed(rest[..first], blob.AsSpan(1));
            if (signer.KeyId != keyId)
            {
                signer.Dispose();
                throw new CheckpointException(CheckpointErrorCodes.SignerKeyMalformed, "The signer key's id does not match its name and key.");
            }

            return signer;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(blob);
        }
    }

    /// <summary>The signature of <paramref name="text"/> (a note text: lines each ending in a newline).</summary>
    public NoteSignature Sign(string text)
    {
        SignedNote.CheckText(text, nameof(text));
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, NoteSyntax.StrictUtf8.GetBytes(text));
        return new NoteSignature(Name, KeyId, signature);
    }

    /// <summary>
    /// <paramref name="text"/> signed by this key, plus <paramref name="otherSignatures"/> by other
    /// keys (a signature by this same key among them is replaced, not repeated).
    /// </summary>
    public SignedNote SignNote(string text, IEnumerable<NoteSignature>? otherSignatures = null)
    {
        var mine = Sign(text);
        var others = (otherSignatures ?? []).Where(s => s.KeyId != KeyId || !string.Equals(s.KeyName, Name, StringComparison.Ordinal));
        return new SignedNote(text, others.Prepend(mine));
    }

    /// <summary>Frees the private key.</summary>
    public void Dispose() => _key.Dispose();
}
