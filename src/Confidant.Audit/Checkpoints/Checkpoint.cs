using System.Globalization;
using System.Text;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// A C2SP tlog-checkpoint body: the log's origin, the tree size and the RFC 6962 root hash at that
/// size, then optional extension lines. Signed as a note, it is the log's commitment that the
/// first <see cref="Size"/> entries are exactly those the root hashes to.
/// </summary>
public sealed class Checkpoint
{
    private readonly byte[] _rootHash;

    /// <summary>Creates a checkpoint; throws <see cref="ArgumentException"/> for values the format cannot carry.</summary>
    public Checkpoint(string origin, long size, ReadOnlySpan<byte> rootHash, IEnumerable<string>? extensions = null)
    {
        CheckLine(origin, nameof(origin));
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (rootHash.Length != MerkleHash.Size)
        {
            throw new ArgumentException($"A root hash is {MerkleHash.Size} bytes; this one is {rootHash.Length}.", nameof(rootHash));
        }

        var lines = (extensions ?? []).ToList();
        foreach (var line in lines)
        {
            CheckLine(line, nameof(extensions));
        }

        Origin = origin;
        Size = size;
        _rootHash = rootHash.ToArray();
        Extensions = lines.AsReadOnly();
    }

    /// <summary>The log's identity, such as <c>confidant.example/audit</c>.</summary>
    public string Origin { get; }

    /// <summary>The number of entries the root hash covers.</summary>
    public long Size { get; }

    /// <summary>MTH(D[0:Size]), the 32-byte root hash.</summary>
    public ReadOnlySpan<byte> RootHash => _rootHash;

    /// <summary>Opaque extension lines after the root hash (none in the checkpoints we sign).</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The note text: each line with its newline, no blank line.</summary>
    public string FormatBody()
    {
        var builder = new StringBuilder();
        builder.Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Convert.ToBase64String(_rootHash)).Append('\n');
        foreach (var line in Extensions)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses a checkpoint body (a note's text). Throws <see cref="CheckpointException"/> with
    /// CONF-AUD-110 to CONF-AUD-112 (or CONF-AUD-102/-103 for a text that is no note text).
    /// Call this on text whose signature has been verified: the body means nothing before that.
    /// </summary>
    public static Checkpoint Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NoteSyntax.IndexOfControlCharacter(body) is var control and >= 0)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteControlCharacter, $"Line {NoteSyntax.LineOf(body, control)} of the checkpoint holds a control character.");
        }

        if (body.Length == 0 || body[^1] != '\n')
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteNoFinalNewline, "The checkpoint does not end with a newline.");
        }

        var lines = body[..^1].Split('\n');
        if (lines.Length < 3)
        {
            throw new CheckpointException(CheckpointErrorCodes.CheckpointLines, $"A checkpoint has an origin, a tree size and a root hash line; this one has {lines.Length} lines.");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                throw new CheckpointException(CheckpointErrorCodes.CheckpointLines, $"Line {i + 1} of the checkpoint is empty; every line must have content.");
            }
        }

        if (!NoteSyntax.TryParseCanonicalSize(lines[1], out var size))
        {
            throw new CheckpointException(CheckpointErrorCodes.CheckpointTreeSize, "The tree size (line 2) is not a decimal number without sign or leading zeros, below 2^63.");
        }

        if (!NoteSyntax.TryDecodeBase64(lines[2], out var root) || root.Length != MerkleHash.Size)
        {
            throw new CheckpointException(CheckpointErrorCodes.CheckpointRootHash, $"The root hash (line 3) is not canonical base64 of {MerkleHash.Size} bytes.");
        }

        return new Checkpoint(lines[0], size, root, lines[3..]);
    }

    private static void CheckLine(string line, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(line, parameterName);
        if (line.Length == 0 || line.Contains('\n', StringComparison.Ordinal) || NoteSyntax.IndexOfControlCharacter(line) >= 0)
        {
            throw new ArgumentException("A checkpoint line is non-empty and holds no newline or other control character.", parameterName);
        }
    }
}
