using System.Text;
using Confidant.Audit.Checkpoints;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class SignedNoteParserTests
{
    private const string Text = NoteVectors.Text;
    private const string Sig = NoteVectors.PeterSignature;

    public static TheoryData<string, string> MalformedNotes => new()
    {
        // The malformed messages of Go's note tests, with our codes.
        { Text, CheckpointErrorCodes.NoteNoSignatures },
        { Text + "\n", CheckpointErrorCodes.NoteNoSignatures },
        { Text + "\n" + Sig[..^1], CheckpointErrorCodes.NoteNoFinalNewline },
        { "\x01" + Text + "\n" + Sig, CheckpointErrorCodes.NoteControlCharacter },
        { Text + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", CheckpointErrorCodes.SignatureEncoding },
        { Text + "\n" + Sig + "Unexpected line.\n", CheckpointErrorCodes.SignatureLineMalformed },

        // Ours.
        { "", CheckpointErrorCodes.NoteNoFinalNewline },
        { Text + "\n" + Sig + "\n", CheckpointErrorCodes.NoteNoSignatures },
        { Text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n" + Sig, CheckpointErrorCodes.NoteControlCharacter },
        { Text + "\n" + Sig.Replace("\u2014", "-", StringComparison.Ordinal), CheckpointErrorCodes.SignatureLineMalformed },
        { Text + "\n" + Sig.Replace("\u2014", "\u2013", StringComparison.Ordinal), CheckpointErrorCodes.SignatureLineMalformed },
        { Text + "\n" + Sig.Replace("\u2014 ", "\u2014", StringComparison.Ordinal), CheckpointErrorCodes.SignatureLineMalformed },
        { Text + "\n" + "— PeterNeumann\n", CheckpointErrorCodes.SignatureLineMalformed },
        { Text + "\n" + "—  x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", CheckpointErrorCodes.KeyNameInvalid },
        { Text + "\n" + "— Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", CheckpointErrorCodes.KeyNameInvalid },
        { Text + "\n" + "— Peter\u00a0Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", CheckpointErrorCodes.KeyNameInvalid },
        { Text + "\n" + Sig.Replace("AM=", "AN=", StringComparison.Ordinal), CheckpointErrorCodes.SignatureEncoding },
        { Text + "\n" + Sig.Replace("AM=", "AM", StringComparison.Ordinal), CheckpointErrorCodes.SignatureEncoding },
        { Text + "\n" + Sig.Replace("AM=", "AM= ", StringComparison.Ordinal), CheckpointErrorCodes.SignatureEncoding },
        { Text + "\n" + "— PeterNeumann x08gow==\n", CheckpointErrorCodes.SignatureEncoding },
        { Text + "\n" + string.Concat(Enumerable.Repeat(Sig, SignedNote.MaxSignatures + 1)), CheckpointErrorCodes.TooManySignatures },
    };

    [Theory]
    [MemberData(nameof(MalformedNotes))]
    public void Parse_RefusesMalformedNotes_WithTheirCode(string note, string code)
    {
        var fromText = Assert.Throws<CheckpointException>(() => SignedNote.Parse(note));
        var fromBytes = Assert.Throws<CheckpointException>(() => SignedNote.Parse(Encoding.UTF8.GetBytes(note)));

        Assert.Equal(code, fromText.Code);
        Assert.Equal(code, fromBytes.Code);
    }

    [Fact]
    public void Parse_RefusesInvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(NoteVectors.PeterNote);
        bytes[3] = 0xff;

        Assert.Equal(CheckpointErrorCodes.NoteEncoding, Assert.Throws<CheckpointException>(() => SignedNote.Parse(bytes)).Code);
        Assert.Equal(CheckpointErrorCodes.NoteEncoding, Assert.Throws<CheckpointException>(() => SignedNote.Parse("\ud800" + NoteVectors.PeterNote)).Code);
    }

    [Fact]
    public void Parse_RefusesNotesOverTheSizeCap_AndAcceptsOneAtTheCap()
    {
        var filler = new string('a', 1000) + "\n";
        var atCap = new StringBuilder();
        while (atCap.Length + filler.Length + 1 + Sig.Length + 2 <= SignedNote.MaxSize)
        {
            atCap.Append(filler);
        }

        // Pad the last line so that the note is exactly MaxSize bytes (the em dash is 3 bytes).
        var pad = SignedNote.MaxSize - Encoding.UTF8.GetByteCount(atCap + "x\n" + "\n" + Sig) + 1;
        var exact = atCap + new string('x', pad) + "\n" + "\n" + Sig;

        Assert.Equal(SignedNote.MaxSize, Encoding.UTF8.GetByteCount(exact));
        Assert.Single(SignedNote.Parse(Encoding.UTF8.GetBytes(exact)).Signatures);
        Assert.Equal(CheckpointErrorCodes.NoteTooLarge, Assert.Throws<CheckpointException>(() => SignedNote.Parse(Encoding.UTF8.GetBytes("y" + exact))).Code);
        Assert.Equal(CheckpointErrorCodes.NoteTooLarge, Assert.Throws<CheckpointException>(() => SignedNote.Parse("y" + exact)).Code);
    }

    [Fact]
    public void TextSeparatedAtTheLastBlankLine_MayItselfHoldBlankLines()
    {
        var note = SignedNote.Parse("a\n\nb\n\n" + Sig);

        Assert.Equal("a\n\nb\n", note.Text);
    }

    [Fact]
    public void HundredSignatures_AreAccepted()
    {
        var note = SignedNote.Parse(Text + "\n" + string.Concat(Enumerable.Repeat(Sig, SignedNote.MaxSignatures)));

        Assert.Equal(SignedNote.MaxSignatures, note.Signatures.Count);
        NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey).Verify(note);
    }

    [Fact]
    public void UnknownKeySignature_WithTheSameNameButAnotherId_IsIgnored_NotFatal()
    {
        using var impostor = NoteSigner.FromSeed("PeterNeumann", new byte[32]);
        var note = SignedNote.Parse(Text + "\n" + impostor.Sign(Text).FormatLine() + Sig);

        NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey).Verify(note);
    }

    [Fact]
    public void BadSignatureByTheKnownKey_RejectsTheWholeNote_EvenNextToAGoodOne()
    {
        var bad = Sig.Replace("ZJkuBS9U", "AAAAAAAA", StringComparison.Ordinal);

        var error = Assert.Throws<CheckpointException>(() => NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey).Verify(SignedNote.Parse(Text + "\n" + Sig + bad)));

        Assert.Equal(CheckpointErrorCodes.SignatureInvalid, error.Code);
    }

    [Fact]
    public void KnownKeyIdWithAShortSignature_IsInvalid_NotIgnored()
    {
        var shortSignature = "— PeterNeumann " + Convert.ToBase64String([0xc7, 0x4f, 0x20, 0xa3, 1, 2, 3]) + "\n";

        var error = Assert.Throws<CheckpointException>(() => NoteVerifierKey.Parse(NoteVectors.PeterVerifierKey).Verify(SignedNote.Parse(Text + "\n" + shortSignature)));

        Assert.Equal(CheckpointErrorCodes.SignatureInvalid, error.Code);
    }
}
