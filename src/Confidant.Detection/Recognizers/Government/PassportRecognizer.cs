using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Passport numbers, only when announced ("passport number: 123456789", "pasaporte X1234567").
/// Accepted shapes: 6-9 ASCII letters and digits with at least 5 digits, which covers US (9 digits
/// or a letter and 8 digits), UK (9 digits), German (C + 8), French (2 digits, 2 letters, 5 digits)
/// and most other booklets.
/// </summary>
internal sealed class PassportRecognizer() : AnnouncedIdRecognizer("government.passport", DataClasses.Passport,
    ContextKinds.Passport, 5, ["card", "book", "booklet", "nummer"])
{
    protected override bool TryValue(ScanContext context, int index, out int end, out int next, out double score)
    {
        var token = context.Tokens[index];
        end = token.End;
        next = index + 1;
        score = 0;
        var value = context.Text.Slice(token.Start, token.Length);
        if (token.Length is < 6 or > 9 || !CountAlnum(value, out var letters, out var digits) || digits < 5
            || !EndsCleanly(context.Text, end))
        {
            return false;
        }

        // The US and UK shapes are the most common ones; anything else is still likely when announced.
        var usShape = token.Length == 9 && (letters == 0 || (letters == 1 && char.IsAsciiLetter(value[0])));
        score = usShape ? 0.9 : Scores.PatternWithContext;
        return true;
    }
}
