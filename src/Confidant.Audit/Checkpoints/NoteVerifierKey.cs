using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// A note verifier key, <c>&lt;name&gt;+&lt;8 hex key id&gt;+&lt;base64(0x01 ‖ Ed25519 public key)&gt;</c>:
/// what an auditor is given to check our checkpoints. The key id is the first four bytes of
/// SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), so a key string whose id does not match its name and
/// key is refused.
/// </summary>
public sealed class NoteVerifierKey
{
    /// <summary>The length of an Ed25519 public key, in bytes.</summary>
    public const int PublicKeySize = 32;

    private readonly PublicKey _publicKey;
    private readonly byte[] _publicKeyBytes;

    private NoteVerifierKey(string name, uint keyId, byte[] publicKeyBytes, PublicKey publicKey)
    {
        Name = name;
        KeyId = keyId;
        _publicKeyBytes = publicKeyBytes;
        _publicKey = publicKey;
    }

    /// <summary>The key name that signature lines carry.</summary>
    public string Name { get; }

    /// <summary>The key id that signature lines carry.</summary>
    public uint KeyId { get; }

    /// <summary>The 32-byte Ed25519 public key.</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKeyBytes;

    /// <summary>The verifier key string.</summary>
    public override string ToString()
    {
        var blob = new byte[1 + PublicKeySize];
        blob[0] = NoteSyntax.Ed25519Type;
        _publicKeyBytes.CopyTo(blob, 1);
        return $"{Name}+{KeyId:x8}+{Convert.ToBase64String(blob)}";
    }

    /// <summary>The verifier key for an Ed25519 public key under <paramref name="name"/>.</summary>
    public static NoteVerifierKey FromEd25519(string name, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NoteSyntax.IsValidKeyName(name))
        {
            throw new ArgumentException("A key name is non-empty and holds no space, plus sign or control character.", nameof(name));
        }

        if (publicKey.Length != PublicKeySize
            || !NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var imported))
        {
            throw new ArgumentException($"An Ed25519 public key is {PublicKeySize} bytes encoding a curve point.", nameof(publicKey));
        }

        return new NoteVerifierKey(name, ComputeKeyId(name, publicKey), publicKey.ToArray(), imported!);
    }

    /// <summary>
    /// Parses a verifier key string strictly: a valid name, exactly 8 lower-case hex digits,
    /// canonical base64 of 0x01 and 32 key bytes, and an id that matches. Throws
    /// <see cref="CheckpointException"/> with CONF-AUD-120, -121 or -122.
    /// </summary>
    public static NoteVerifierKey Parse(string verifierKey)
    {
        ArgumentNullException.ThrowIfNull(verifierKey);

        // The base64 part may itself hold plus signs, so only the first two separate.
        var first = verifierKey.IndexOf('+', StringComparison.Ordinal);
        var second = first < 0 ? -1 : verifierKey.IndexOf('+', first + 1);
        if (second < 0)
        {
            throw new CheckpointException(CheckpointErrorCodes.VerifierKeyMalformed, "A verifier key is <name>+<8 hex digits>+<base64 key>.");
        }

        var name = verifierKey[..first];
        var id = verifierKey[(first + 1)..second];
        if (!NoteSyntax.IsValidKeyName(name))
        {
            throw new CheckpointException(CheckpointErrorCodes.VerifierKeyMalformed, "The verifier key's name is empty or holds a space or control character.");
        }

        if (!TryParseKeyId(id, out var keyId))
        {
            throw new CheckpointException(CheckpointErrorCodes.VerifierKeyMalformed, "The verifier key's id is not 8 lower-case hex digits.");
        }

        if (!NoteSyntax.TryDecodeBase64(verifierKey[(second + 1)..], out var blob) || blob.Length == 0)
        {
            throw new CheckpointException(CheckpointErrorCodes.VerifierKeyMalformed, "The verifier key's key part is not canonical base64.");
        }

        if (blob[0] != NoteSyntax.Ed25519Type)
        {
            throw new CheckpointException(CheckpointErrorCodes.UnsupportedKeyType, $"The verifier key is of signature type 0x{blob[0]:x2}; only Ed25519 (0x01) is supported.");
        }

        if (blob.Length != 1 + PublicKeySize
            || !NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, blob.AsSpan(1), KeyBlobFormat.RawPublicKey, out var imported))
        {
            throw new CheckpointException(CheckpointErrorCodes.VerifierKeyMalformed, $"The verifier key's Ed25519 key is {blob.Length - 1} bytes or not a curve point; it must be {PublicKeySize} bytes.");
        }

        var publicKey = blob[1..];
        if (ComputeKeyId(name, publicKey) != keyId)
        {
            throw new CheckpointException(CheckpointErrorCodes.VerifierKeyIdMismatch, $"The verifier key's id {id} is not the one computed from its name and key (was it copied incompletely?).");
        }

        return new NoteVerifierKey(name, keyId, publicKey, imported!);
    }

    /// <summary>The key id of an Ed25519 key: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[0:4], big-endian.</summary>
    public static uint ComputeKeyId(string name, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(input, 0);
        input[nameBytes.Length] = 0x0A;
        input[nameBytes.Length + 1] = NoteSyntax.Ed25519Type;
        publicKey.CopyTo(input.AsSpan(nameBytes.Length + 2));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, hash);
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    /// <summary>
    /// Checks that <paramref name="note"/> is signed by this key: signatures by other keys are
    /// ignored, at least one by this key (same name and id) must be present, and every one by
    /// this key must verify (a bad one means the note was altered, so it is refused whole).
    /// Throws <see cref="CheckpointException"/> with CONF-AUD-125 or CONF-AUD-126.
    /// </summary>
    public void Verify(SignedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        byte[]? text = null;
        var verified = 0;
        foreach (var signature in note.Signatures)
        {
            if (signature.KeyId != KeyId || !string.Equals(signature.KeyName, Name, StringComparison.Ordinal))
            {
                continue;
            }

            text ??= note.GetTextBytes();
            if (signature.Signature.Length != SignatureAlgorithm.Ed25519.SignatureSize
                || !SignatureAlgorithm.Ed25519.Verify(_publicKey, text, signature.Signature.Span))
            {
                throw new CheckpointException(CheckpointErrorCodes.SignatureInvalid, $"The signature by {Name}+{KeyId:x8} does not verify: the note was changed after signing, or the signature is forged.");
            }

            verified++;
        }

        if (verified == 0)
        {
            throw new CheckpointException(CheckpointErrorCodes.NotSignedByKey, $"The note carries no signature by {Name}+{KeyId:x8}.");
        }
    }

    internal static bool TryParseKeyId(string text, out uint keyId)
    {
        keyId = 0;
        if (text.Length != 8)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out keyId);
    }
}
