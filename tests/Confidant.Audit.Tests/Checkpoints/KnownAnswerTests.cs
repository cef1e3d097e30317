using Confidant.Audit.Checkpoints;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class KnownAnswerTests
{
    [Fact]
    public void Signer_FromGosPrivateKey_ProducesTheByteIdenticalSignedNote()
    {
        using var signer = NoteSigner.FromSignerKey(NoteVectors.PeterSignerKey);

        var note = signer.SignNote(NoteVectors.Text).Format();

        Assert.Equal(NoteVectors.PeterNote, note);
        Assert.Equal(0xc74f20a3u, signer.KeyId);
        Assert.Equal(NoteVectors.PeterVerifierKey, signer.VerifierKey.ToString());
    }

    [Fact]
    public void Verifier_AcceptsGosSignedNote()
    {
        var key = NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey);
        var note = SignedNote.Parse(NoteVectors.PeterNote);

        key.Verify(note);

        Assert.Equal("PeterNeumann", key.Name);
        Assert.Equal(0xc74f20a3u, key.KeyId);
        Assert.Equal(NoteVectors.Text, note.Text);
        Assert.Equal(NoteVectors.PeterNote, note.Format());
    }

    [Fact]
    public void NoteSignedByTwoKeys_VerifiesWithEither_AndTheOtherSignatureIsIgnored()
    {
        var note = SignedNote.Parse(NoteVectors.Text + "\n" + NoteVectors.PeterSignature + NoteVectors.EnochSignature);

        NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey).Verify(note);
        NoteVerifierKey.Parse(NoteVectors.EnochVerifierKey).Verify(note);

        Assert.Equal(["PeterNeumann", "EnochRoot"], note.Signatures.Select(s => s.KeyName));
    }

    [Fact]
    public void ReplacingTheSignature_KeepsOthers_AndReplacesAStaleOneBySameKey()
    {
        var existing = SignedNote.Parse(NoteVectors.Text + "\n" + NoteVectors.EnochSignature + NoteVectors.PeterSignature.Replace("ZJkuBS9U", "AAAAAAAA", StringComparison.Ordinal));
        using var signer = NoteSigner.FromSignerKey(NoteVectors.PeterSignerKey);

        var note = signer.SignNote(NoteVectors.Text, existing.Signatures).Format();

        Assert.Equal(NoteVectors.Text + "\n" + NoteVectors.PeterSignature + NoteVectors.EnochSignature, note);
    }

    [Fact]
    public void SumDbCheckpoint_VerifiesWithTheLogsPublishedKey()
    {
        var key = NoteVerifierKey.Parse(NoteVectors.SumDbVerifierKey);

        var result = CheckpointVerifier.Verify(NoteVectors.SumDbCheckpoint, key);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("go.sum database tree", result.Checkpoint!.Origin);
        Assert.Equal(6476701, result.Checkpoint.Size);
        Assert.Equal(Convert.FromBase64String("mb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk="), result.Checkpoint.RootHash.ToArray());
        Assert.Empty(result.Checkpoint.Extensions);
        Assert.Equal(0x033de0aeu, key.KeyId);
    }

    [Fact]
    public void SumDbCheckpoint_WithAnExpectedOrigin_IsCheckedAgainstIt()
    {
        var key = NoteVerifierKey.Parse(NoteVectors.SumDbVerifierKey);

        Assert.True(CheckpointVerifier.Verify(NoteVectors.SumDbCheckpoint, key, "go.sum database tree").IsValid);
        Assert.Equal(CheckpointErrorCodes.OriginMismatch, CheckpointVerifier.Verify(NoteVectors.SumDbCheckpoint, key, "another log").ErrorCode);
    }

    [Fact]
    public void SumDbCheckpoint_ResignedByOurSigner_WithTheSameBody_RoundTrips()
    {
        var checkpoint = Checkpoint.Parse(SignedNote.Parse(NoteVectors.SumDbCheckpoint).Text);

        Assert.Equal(SignedNote.Parse(NoteVectors.SumDbCheckpoint).Text, checkpoint.FormatBody());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void PublishedKeyPairs_OurDerivedVerifierKey_EqualsThePublishedOne(int pair)
    {
        var (signerKey, verifierKey) = NoteVectors.KeyPairs[pair];

        using var signer = NoteSigner.FromSignerKey(signerKey);

        Assert.Equal(verifierKey, signer.VerifierKey.ToString());
        Assert.Equal(verifierKey, NoteVerifierKey.Parse(verifierKey).ToString());
        Assert.Equal(NoteVerifierKey.Parse(verifierKey).KeyId, NoteVerifierKey.ComputeKeyId(signer.Name, signer.VerifierKey.PublicKey));
    }

    [Fact]
    public void SignatureByAnotherPublishedKey_UnderTheSameText_DoesNotVerifyWithPetersKey()
    {
        using var other = NoteSigner.FromSignerKey(NoteVectors.KeyPairs[0].Signer);
        var note = other.SignNote(NoteVectors.Text);

        var error = Assert.Throws<CheckpointException>(() => NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey).Verify(note));

        Assert.Equal(CheckpointErrorCodes.NotSignedByKey, error.Code);
    }
}
