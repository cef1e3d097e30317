using System.Text;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// A C2SP signed note: a UTF-8 text of lines each ending in a newline, a blank line, then one or
/// more signature lines. The signatures sign the text bytes (with the text's final newline, not
/// the blank line). Parsing is strict and does not verify anything; a note's text means nothing
/// until a trusted key's signature on it has been checked (<see cref="NoteVerifierKey.Verify"/>).
/// </summary>
public sealed class SignedNote
{
    /// <summary>
    /// The largest note accepted, in bytes. A checkpoint with a hundred signatures is under
    /// 20 KB; the cap keeps a hostile file or response from costing more than a bounded read.
    /// </summary>
    public const int MaxSize = 1024 * 1024;

    /// <summary>
    /// The most signatures accepted. The spec asks verifiers to accept at least 16; a log's own
    /// signature plus one cosignature per witness stays far below this.
    /// </summary>
    public const int MaxSignatures = 100;

    /// <summary>Creates a note from its text and signatures (one at least).</summary>
    public SignedNote(string text, IEnumerable<NoteSignature> signatures)
    {
        CheckText(text, nameof(text));
        ArgumentNullException.ThrowIfNull(signatures);
        var list = signatures.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A signed note carries at least one signature.", nameof(signatures));
        }

        Text = text;
        Signatures = list.AsReadOnly();
    }

    /// <summary>The signed text, ending in a newline.</summary>
    public string Text { get; }

    /// <summary>The signatures, in the order of the note's lines.</summary>
    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>The note as bytes are written: text, blank line, signature lines.</summary>
    public string Format()
    {
        var builder = new StringBuilder(Text.Length + 1 + (Signatures.Count * 120));
        builder.Append(Text).Append('\n');
        foreach (var signature in Signatures)
        {
            builder.Append(signature.FormatLine());
        }

        return builder.ToString();
    }

    /// <summary>This note with <paramref name="more"/> signatures appended (such as a witness's cosignatures).</summary>
    public SignedNote WithSignatures(IEnumerable<NoteSignature> more) => new(Text, Signatures.Concat(more));

    /// <summary>
    /// Parses a signed note from its UTF-8 bytes. Throws <see cref="CheckpointException"/> with
    /// one of CONF-AUD-100 to CONF-AUD-108 when it is malformed.
    /// </summary>
    public static SignedNote Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxSize)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteTooLarge, $"The note is {utf8.Length} bytes; at most {MaxSize} are accepted.");
        }

        string note;
        try
        {
            note = NoteSyntax.StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteEncoding, "The note is not valid UTF-8.", ex);
        }

        return ParseChecked(note);
    }

    /// <summary>Parses a signed note from text; the same rules as <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    public static SignedNote Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        int byteCount;
        try
        {
            byteCount = NoteSyntax.StrictUtf8.GetByteCount(note);
        }
        catch (EncoderFallbackException ex)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteEncoding, "The note holds a lone surrogate and cannot be encoded as UTF-8.", ex);
        }

        if (byteCount > MaxSize)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteTooLarge, $"The note is {byteCount} bytes; at most {MaxSize} are accepted.");
        }

        return ParseChecked(note);
    }

    /// <summary>The UTF-8 bytes that the signatures sign.</summary>
    internal byte[] GetTextBytes() => NoteSyntax.StrictUtf8.GetBytes(Text);

    /// <summary>
    /// Checks that <paramref name="text"/> can be a note's text: non-empty, ending in a newline,
    /// no control character but newline, encodable as UTF-8.
    /// </summary>
    internal static void CheckText(string text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        if (text.Length == 0 || text[^1] != '\n')
        {
            throw new ArgumentException("A note's text is one or more lines, each ending in a newline.", parameterName);
        }

        if (NoteSyntax.IndexOfControlCharacter(text) >= 0)
        {
            throw new ArgumentException("A note's text holds no control character other than newline.", parameterName);
        }

        try
        {
            _ = NoteSyntax.StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("A note's text must be encodable as UTF-8.", parameterName, ex);
        }
    }

    private static SignedNote ParseChecked(string note)
    {
        var control = NoteSyntax.IndexOfControlCharacter(note);
        if (control >= 0)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteControlCharacter, $"Line {NoteSyntax.LineOf(note, control)} holds the control character U+{(int)note[control]:X4}; only newline is allowed.");
        }

        if (note.Length == 0 || note[^1] != '\n')
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteNoFinalNewline, "The note does not end with a newline (is the file truncated?).");
        }

        // The spec separates text from signatures at the last blank line, so the text itself may
        // hold blank lines (a checkpoint may not, which Checkpoint.Parse checks).
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || split + 2 == note.Length)
        {
            throw new CheckpointException(CheckpointErrorCodes.NoteNoSignatures, "The note has no blank line followed by signature lines.");
        }

        var text = note[..(split + 1)];
        var lines = note[(split + 2)..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            throw new CheckpointException(CheckpointErrorCodes.TooManySignatures, $"The note carries {lines.Length} signatures; at most {MaxSignatures} are accepted.");
        }

        var signatures = new NoteSignature[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            signatures[i] = NoteSignature.ParseLine(lines[i], i + 1);
        }

        return new SignedNote(text, signatures);
    }
}
