using System.Text;
using Confidant.Audit.Checkpoints;

namespace Confidant.Audit.Tests.Checkpoints;

/// <summary>
/// Whatever single change is made to a signed checkpoint's bytes, verification fails: the
/// encodings are canonical, so no change can keep both the meaning and the signature.
/// </summary>
public sealed class TamperTests
{
    private static readonly byte[] Signed = Encoding.UTF8.GetBytes(TestKeys.SignedSample(8));

    [Fact]
    public void Untouched_Verifies()
    {
        using var signer = TestKeys.LogSigner();

        Assert.True(CheckpointVerifier.Verify(Signed, signer.VerifierKey).IsValid);
    }

    [Fact]
    public void EveryBitFlip_IsRejected()
    {
        using var signer = TestKeys.LogSigner();
        var accepted = new List<string>();
        for (var i = 0; i < Signed.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var changed = (byte[])Signed.Clone();
                changed[i] ^= (byte)(1 << bit);
                if (CheckpointVerifier.Verify(changed, signer.VerifierKey).IsValid)
                {
                    accepted.Add($"byte {i} bit {bit}");
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void EveryByteReplacedByEveryOtherValue_IsRejected()
    {
        using var signer = TestKeys.LogSigner();
        var accepted = new List<string>();
        for (var i = 0; i < Signed.Length; i++)
        {
            for (var value = 0; value < 256; value++)
            {
                if (value == Signed[i])
                {
                    continue;
                }

                var changed = (byte[])Signed.Clone();
                changed[i] = (byte)value;
                if (CheckpointVerifier.Verify(changed, signer.VerifierKey).IsValid)
                {
                    accepted.Add($"byte {i} = {value:x2}");
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void EveryByteDeleted_OrDuplicated_IsRejected()
    {
        using var signer = TestKeys.LogSigner();
        var accepted = new List<string>();
        for (var i = 0; i < Signed.Length; i++)
        {
            byte[] deleted = [.. Signed[..i], .. Signed[(i + 1)..]];
            byte[] duplicated = [.. Signed[..(i + 1)], .. Signed[i..]];
            if (CheckpointVerifier.Verify(deleted, signer.VerifierKey).IsValid)
            {
                accepted.Add($"deleted {i}");
            }

            if (CheckpointVerifier.Verify(duplicated, signer.VerifierKey).IsValid)
            {
                accepted.Add($"duplicated {i}");
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void SignedByAnotherKeyUnderTheSameName_IsRejected_AsNotSignedByTheLogsKey()
    {
        using var signer = TestKeys.LogSigner();
        using var impostor = TestKeys.ImpostorSigner();
        var forged = CheckpointSigner.Sign(TestKeys.SampleCheckpoint(8), impostor);

        var result = CheckpointVerifier.Verify(forged, signer.VerifierKey);

        Assert.False(result.IsValid);
        Assert.Equal(CheckpointErrorCodes.NotSignedByKey, result.ErrorCode);
    }

    [Fact]
    public void ImpostorsSignatureCarryingTheLogsKeyId_IsRejected_AsInvalid()
    {
        using var signer = TestKeys.LogSigner();
        using var impostor = TestKeys.ImpostorSigner();
        var body = TestKeys.SampleCheckpoint(9).FormatBody();
        var stolenId = new NoteSignature(signer.Name, signer.KeyId, impostor.Sign(body).Signature.Span);

        var result = CheckpointVerifier.Verify(new SignedNote(body, [stolenId]).Format(), signer.VerifierKey);

        Assert.Equal(CheckpointErrorCodes.SignatureInvalid, result.ErrorCode);
    }

    [Fact]
    public void ValidSignature_OnAnotherCheckpoint_DoesNotCarryOver()
    {
        using var signer = TestKeys.LogSigner();
        var other = SignedNote.Parse(TestKeys.SignedSample(9));
        var spliced = new SignedNote(TestKeys.SampleCheckpoint(8).FormatBody(), other.Signatures).Format();

        var result = CheckpointVerifier.Verify(spliced, signer.VerifierKey);

        Assert.Equal(CheckpointErrorCodes.SignatureInvalid, result.ErrorCode);
    }

    [Fact]
    public void BodyThatIsNoCheckpoint_IsRejected_AfterItsSignatureVerified()
    {
        using var signer = TestKeys.LogSigner();
        var note = signer.SignNote("just a note\n").Format();

        var result = CheckpointVerifier.Verify(note, signer.VerifierKey);

        Assert.Equal(CheckpointErrorCodes.CheckpointLines, result.ErrorCode);
        Assert.Null(result.Checkpoint);
    }
}
