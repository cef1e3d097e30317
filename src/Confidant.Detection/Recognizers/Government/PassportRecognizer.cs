using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Passport numbers, only when announced ("passport number: 123456789", "pasaporte X1234567",
/// German "mein Pass: K4R19T7HW").
/// Accepted shapes: 6-9 ASCII letters and digits with at least 5 digits, which covers US (9 digits
/// or a letter and 8 digits), UK (9 digits), older German (C + 8), French (2 digits, 2 letters, 5
/// digits) and most other booklets; and the German letters-and-digits shape since 2017.
/// </summary>
internal sealed class PassportRecognizer() : AnnouncedIdRecognizer("government.passport", DataClasses.Passport,
    ContextKinds.Passport, 1, ["card", "book", "booklet", "nummer"])
{
    /// <summary>German possessives before "Pass", which then is a passport ("mein Pass: K4R19T7HW"), not a password.</summary>
    internal static readonly string[] GermanPossessives = ["mein", "meinen", "meinem", "meines", "dein", "deinen", "ihr", "ihren", "sein", "seinen", "unser", "unseren"];

    /// <summary>
    /// True when token <paramref name="index"/> is "Pass" after a German possessive and a
    /// passport's shape follows it, after a colon or "ist" ("mein Pass: K4R19T7HW"); "mein Pass:
    /// geheim123" (a password's shape) is not.
    /// </summary>
    internal static bool IsGermanPass(ReadOnlySpan<char> text, ReadOnlySpan<Text.Token> tokens, int index)
    {
        if (!Personal.TokenText.IsAt(text, tokens, index, "pass") || !Personal.TokenText.IsAnyAt(text, tokens, index - 1, GermanPossessives)
            || text[tokens[index - 1].End..tokens[index].Start] is not " ")
        {
            return false;
        }

        var value = index + 1;
        if (Personal.TokenText.IsAnyAt(text, tokens, value, ["ist", "lautet"]))
        {
            value++;
        }

        return value < tokens.Length && HasShape(text, tokens[value], out _);
    }

    /// <summary>A passport number's shape (see the class summary), ending where the token ends.</summary>
    private static bool HasShape(ReadOnlySpan<char> text, in Text.Token token, out int letters)
    {
        var value = text.Slice(token.Start, token.Length);
        letters = 0;
        return token.Length is >= 6 and <= 9 && CountAlnum(value, out letters, out var digits)
            && (digits >= 5 || IsGermanShape(value, digits)) && EndsCleanly(text, token.End);
    }

    protected override bool IsAnchor(ScanContext context, int index) =>
        base.IsAnchor(context, index) || IsGermanPass(context.Text, context.Tokens, index);

    /// <summary>"Pass" is a word of passwords in the lexicon: such anchors are asked too.</summary>
    protected override (ContextKinds Kinds, WordFlags Flags, int Length) WiderAnchors => (ContextKinds.Password, WordFlags.None, -1);

    protected override bool TryValue(ScanContext context, int index, out int end, out int next, out double score)
    {
        var token = context.Tokens[index];
        end = token.End;
        next = index + 1;
        score = 0;
        var value = context.Text.Slice(token.Start, token.Length);
        if (!HasShape(context.Text, token, out var letters))
        {
            return false;
        }

        // The US and UK shapes are the most common ones; anything else is still likely when announced.
        var usShape = token.Length == 9 && (letters == 0 || (letters == 1 && char.IsAsciiLetter(value[0])));
        score = usShape ? 0.9 : Scores.PatternWithContext;
        return true;
    }

    /// <summary>
    /// German passports since 2017: nine chars of the letters C F G H J K L M N P R T V W X Y Z and
    /// digits, starting with a letter ("C7LN4RT82", "FJN2LKKJL"), so they can hold fewer than five digits (one at least).
    /// </summary>
    private static bool IsGermanShape(ReadOnlySpan<char> value, int digits)
    {
        if (value.Length != 9 || digits < 1 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && "CFGHJKLMNPRTVWXYZ".IndexOf(char.ToUpperInvariant(c)) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
