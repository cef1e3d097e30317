using System.Text;
using Confidant.Audit.Checkpoints;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class CheckpointFormatTests
{
    private const string Root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    [Fact]
    public void Body_IsOriginSizeAndBase64Root_EachOnALine()
    {
        var checkpoint = new Checkpoint("example.com/behind-the-sofa", 20852163, Convert.FromBase64String(Root));

        Assert.Equal($"example.com/behind-the-sofa\n20852163\n{Root}\n", checkpoint.FormatBody());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(long.MaxValue)]
    public void Body_RoundTrips_AtAnySize(long size)
    {
        var checkpoint = new Checkpoint("o", size, Convert.FromBase64String(Root), ["ext one", "ext-two"]);

        var parsed = Checkpoint.Parse(checkpoint.FormatBody());

        Assert.Equal("o", parsed.Origin);
        Assert.Equal(size, parsed.Size);
        Assert.Equal(checkpoint.RootHash.ToArray(), parsed.RootHash.ToArray());
        Assert.Equal(["ext one", "ext-two"], parsed.Extensions);
        Assert.Equal(checkpoint.FormatBody(), parsed.FormatBody());
    }

    [Fact]
    public void SignedCheckpoint_RoundTrips_ByteForByte_AndVerifies()
    {
        using var signer = TestKeys.LogSigner();
        var checkpoint = TestKeys.SampleCheckpoint(8, "an extension");

        var signed = CheckpointSigner.Sign(checkpoint, signer);
        var result = CheckpointVerifier.Verify(Encoding.UTF8.GetBytes(signed), signer.VerifierKey);

        Assert.Equal(signed, SignedNote.Parse(signed).Format());
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(checkpoint.FormatBody(), result.Checkpoint!.FormatBody());
        Assert.StartsWith(checkpoint.FormatBody() + "\n\u2014 confidant.example/audit ", signed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("o\n5\n", CheckpointErrorCodes.CheckpointLines)]
    [InlineData("o\n", CheckpointErrorCodes.CheckpointLines)]
    [InlineData("\n5\n" + Root + "\n", CheckpointErrorCodes.CheckpointLines)]
    [InlineData("o\n5\n" + Root + "\n\n", CheckpointErrorCodes.CheckpointLines)]
    [InlineData("o\n5\n" + Root + "\n\next\n", CheckpointErrorCodes.CheckpointLines)]
    [InlineData("o\n05\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n00\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n-5\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n+5\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n 5\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n5 \n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n0x5\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n5.0\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n９\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n9223372036854775808\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n18446744073709551616\n" + Root + "\n", CheckpointErrorCodes.CheckpointTreeSize)]
    [InlineData("o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n", CheckpointErrorCodes.CheckpointRootHash)]
    [InlineData("o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n", CheckpointErrorCodes.CheckpointRootHash)]
    [InlineData("o\n5\nCsUYapGGPo4dkMgIAUqom_Xajj7h2fB2MPA3j2jxq2I=\n", CheckpointErrorCodes.CheckpointRootHash)]
    [InlineData("o\n5\n CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n", CheckpointErrorCodes.CheckpointRootHash)]
    [InlineData("o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx\n", CheckpointErrorCodes.CheckpointRootHash)]
    [InlineData("o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2IAAAA=\n", CheckpointErrorCodes.CheckpointRootHash)]
    [InlineData("o\n5\n" + Root, CheckpointErrorCodes.NoteNoFinalNewline)]
    [InlineData("o\r\n5\n" + Root + "\n", CheckpointErrorCodes.NoteControlCharacter)]
    public void Parse_RefusesMalformedBodies_WithTheirCode(string body, string code)
    {
        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Parse(body));

        Assert.Equal(code, error.Code);
        Assert.StartsWith(code + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Origin_MayHoldSpaces_AsTheSpecOnlyRecommendsAgainstThem()
    {
        Assert.Equal("go.sum database tree", Checkpoint.Parse($"go.sum database tree\n1\n{Root}\n").Origin);
    }

    [Fact]
    public void Constructor_RefusesWhatTheFormatCannotCarry()
    {
        var root = Convert.FromBase64String(Root);

        Assert.Throws<ArgumentException>(() => new Checkpoint("", 1, root));
        Assert.Throws<ArgumentException>(() => new Checkpoint("a\nb", 1, root));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Checkpoint("o", -1, root));
        Assert.Throws<ArgumentException>(() => new Checkpoint("o", 1, root.AsSpan(1)));
        Assert.Throws<ArgumentException>(() => new Checkpoint("o", 1, root, [""]));
        Assert.Throws<ArgumentException>(() => new Checkpoint("o", 1, root, ["tab\there"]));
    }
}
