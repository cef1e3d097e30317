using System.Buffers;
using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// Private key blocks: PEM "-----BEGIN (RSA |EC |OPENSSH |DSA |ENCRYPTED )PRIVATE KEY-----" and PGP
/// "-----BEGIN PGP PRIVATE KEY BLOCK-----", from BEGIN through the matching END line. A block cut
/// short (no END within 16 KB) is reported from BEGIN through the last chunk of its base64 body.
/// Public keys and certificates are not secrets and are skipped.
/// </summary>
internal sealed class PrivateKeyRecognizer : IRecognizer
{
    private const string RecognizerId = "credentials.private-key";
    private const string Begin = "-----BEGIN ";
    private const string End = "-----END ";
    private const string Dashes = "-----";
    private const int MaxBlock = 16 * 1024;
    private const int MaxLabel = 40;
    private const int MaxHeaderLines = 4;

    private static readonly SearchValues<char> Base64 =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/=");

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.PrivateKey];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var position = 0;

        // Everything before this index is known to hold no END marker, so many BEGIN markers
        // without an END do not each search the same 16 KB again.
        var noEndBefore = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOf(Begin, StringComparison.Ordinal);
            if (found < 0)
            {
                return;
            }

            var start = position + found;
            position = start + Begin.Length;
            var labelStart = position;
            var labelLength = text[labelStart..Math.Min(text.Length, labelStart + MaxLabel)].IndexOf(Dashes, StringComparison.Ordinal);
            if (labelLength <= 0)
            {
                continue;
            }

            var label = text.Slice(labelStart, labelLength);
            if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && !label.SequenceEqual("PGP PRIVATE KEY BLOCK"))
            {
                continue;
            }

            var bodyStart = labelStart + labelLength + Dashes.Length;
            var limit = Math.Min(text.Length, start + MaxBlock);
            var end = FindEnd(text, Math.Max(bodyStart, noEndBefore), limit, label, ref noEndBefore);
            var score = Scores.ValidatedWithContext;
            if (end < 0)
            {
                end = BodyEnd(text, bodyStart, limit);
                score = Scores.Validated;
            }

            context.Add(DataClasses.PrivateKey, start, end, score, RecognizerId);
            position = Math.Max(position, end);
        }
    }

    /// <summary>The end of "-----END label-----" before <paramref name="limit"/>, or -1.</summary>
    private static int FindEnd(ReadOnlySpan<char> text, int from, int limit, ReadOnlySpan<char> label, ref int noEndBefore)
    {
        var p = from;
        while (p < limit)
        {
            var found = text[p..limit].IndexOf(End, StringComparison.Ordinal);
            if (found < 0)
            {
                if (p == from)
                {
                    noEndBefore = Math.Max(noEndBefore, limit - End.Length + 1);
                }

                return -1;
            }

            var at = p + found + End.Length;
            var rest = text[at..limit];
            if (rest.StartsWith(label, StringComparison.Ordinal) && rest[label.Length..].StartsWith(Dashes, StringComparison.Ordinal))
            {
                return at + label.Length + Dashes.Length;
            }

            p = at;
        }

        return -1;
    }

    /// <summary>
    /// The end of the base64 body after the BEGIN line: PEM/PGP header lines ("Proc-Type: ...",
    /// "Version: ...") first, then chunks of base64 separated by whitespace. A short chunk counts
    /// only after a full-length one (the last line of a body), so a chat reply after the key does not.
    /// </summary>
    private static int BodyEnd(ReadOnlySpan<char> text, int from, int limit)
    {
        var end = from;
        var p = from;
        var headers = 0;
        var body = false;
        var previousLength = 0;
        while (p < limit)
        {
            while (p < limit && char.IsWhiteSpace(text[p]))
            {
                p++;
            }

            if (p >= limit)
            {
                break;
            }

            var lineEnd = text[p..limit].IndexOf('\n');
            var line = lineEnd < 0 ? text[p..limit] : text.Slice(p, lineEnd);
            if (!body && headers < MaxHeaderLines && line.IndexOf(": ", StringComparison.Ordinal) > 0)
            {
                headers++;
                p += line.Length;
                continue;
            }

            var chunkLength = text[p..limit].IndexOfAnyExcept(Base64);
            if (chunkLength < 0)
            {
                chunkLength = limit - p;
            }

            var chunkEnd = p + chunkLength;
            var whole = chunkEnd == limit || char.IsWhiteSpace(text[chunkEnd]);
            var accepted = chunkLength > 0 && whole
                && (chunkLength >= 16 || (previousLength >= 40 && (text.Slice(p, chunkLength).ContainsAny(AsciiSets.Digits)
                    || text[chunkEnd - 1] == '=')));
            if (!accepted)
            {
                break;
            }

            body = true;
            end = chunkEnd;
            previousLength = chunkLength;
            p = chunkEnd;
        }

        return end > from ? end : from;
    }
}
