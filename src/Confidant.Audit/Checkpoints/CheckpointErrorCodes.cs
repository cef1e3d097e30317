namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Stable codes for signed notes, checkpoints, their keys, witnesses and export (CONF-AUD-100 to
/// CONF-AUD-139). Callers and tests match on these, never on the English message; a code keeps
/// its meaning for good, and a new failure gets a new code. See docs/audit.md.
/// </summary>
public static class CheckpointErrorCodes
{
    /// <summary>The signed note is larger than <see cref="SignedNote.MaxSize"/> bytes.</summary>
    public const string NoteTooLarge = "CONF-AUD-100";

    /// <summary>The signed note is not valid UTF-8.</summary>
    public const string NoteEncoding = "CONF-AUD-101";

    /// <summary>The signed note holds an ASCII control character other than newline.</summary>
    public const string NoteControlCharacter = "CONF-AUD-102";

    /// <summary>The signed note does not end with a newline.</summary>
    public const string NoteNoFinalNewline = "CONF-AUD-103";

    /// <summary>No blank line followed by signature lines: the note carries no signature.</summary>
    public const string NoteNoSignatures = "CONF-AUD-104";

    /// <summary>A signature line is not <c>— &lt;key name&gt; &lt;base64&gt;</c>.</summary>
    public const string SignatureLineMalformed = "CONF-AUD-105";

    /// <summary>A key name is empty or holds a space or a plus sign.</summary>
    public const string KeyNameInvalid = "CONF-AUD-106";

    /// <summary>A signature is not canonical standard base64, or too short to hold a key id and a signature.</summary>
    public const string SignatureEncoding = "CONF-AUD-107";

    /// <summary>The note carries more than <see cref="SignedNote.MaxSignatures"/> signatures.</summary>
    public const string TooManySignatures = "CONF-AUD-108";

    /// <summary>The note text is not at least three non-empty lines (origin, size, root hash, extensions).</summary>
    public const string CheckpointLines = "CONF-AUD-110";

    /// <summary>The tree size line is not a canonical decimal (no sign, no leading zero) that fits in 63 bits.</summary>
    public const string CheckpointTreeSize = "CONF-AUD-111";

    /// <summary>The root hash line is not canonical standard base64 of 32 bytes.</summary>
    public const string CheckpointRootHash = "CONF-AUD-112";

    /// <summary>A verifier key is not <c>&lt;name&gt;+&lt;8 hex key id&gt;+&lt;base64 key&gt;</c> with an Ed25519 key.</summary>
    public const string VerifierKeyMalformed = "CONF-AUD-120";

    /// <summary>A verifier key's id is not the one computed from its name and public key.</summary>
    public const string VerifierKeyIdMismatch = "CONF-AUD-121";

    /// <summary>A key is of a signature type other than Ed25519 (0x01).</summary>
    public const string UnsupportedKeyType = "CONF-AUD-122";

    /// <summary>A signer key is not <c>PRIVATE+KEY+&lt;name&gt;+&lt;id&gt;+&lt;base64 seed&gt;</c> with a matching id.</summary>
    public const string SignerKeyMalformed = "CONF-AUD-123";

    /// <summary>No signature in the note is by the expected key.</summary>
    public const string NotSignedByKey = "CONF-AUD-125";

    /// <summary>A signature by the expected key does not verify: the note was altered or forged.</summary>
    public const string SignatureInvalid = "CONF-AUD-126";

    /// <summary>The checkpoint is for another log (origin) than the one expected.</summary>
    public const string OriginMismatch = "CONF-AUD-127";

    /// <summary>The stored signing key does not match its public key, or is stored for another origin.</summary>
    public const string SigningKeyMismatch = "CONF-AUD-128";

    /// <summary>The log's origin cannot be used as a key name (it holds a space or a plus sign).</summary>
    public const string OriginNotKeyName = "CONF-AUD-129";

    /// <summary>The witness does not know the log (HTTP 404).</summary>
    public const string WitnessUnknownLog = "CONF-AUD-130";

    /// <summary>The witness verified no signature on the checkpoint with the log keys it trusts (HTTP 403).</summary>
    public const string WitnessRejectedSignature = "CONF-AUD-131";

    /// <summary>The witness found the request malformed, such as an old size above the checkpoint's (HTTP 400).</summary>
    public const string WitnessBadRequest = "CONF-AUD-132";

    /// <summary>The witness has cosigned another size than the old size sent, or another root at this size (HTTP 409).</summary>
    public const string WitnessConflict = "CONF-AUD-133";

    /// <summary>The witness found the consistency proof wrong (HTTP 422).</summary>
    public const string WitnessProofRejected = "CONF-AUD-134";

    /// <summary>The witness answered with another status or a malformed body.</summary>
    public const string WitnessUnexpectedResponse = "CONF-AUD-135";

    /// <summary>The witness could not be reached in time.</summary>
    public const string WitnessUnreachable = "CONF-AUD-136";

    /// <summary>The export folder already holds a different checkpoint of the same tree size.</summary>
    public const string ExportConflict = "CONF-AUD-137";
}
