using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// Secrets that no word announces right before them but their sentence tells of: one-time codes
/// (<see cref="SentCode"/>), PINs (<see cref="PinInSentence"/>) and passwords typed into talk of
/// signing in (<see cref="LoginTalkPassword"/>), in one walk over the digit tokens (each walk over
/// them costs a chat message about 2%). Digits glued to letters or after a '_' or a symbol are asked
/// about a password; standing alone, their shape decides: six digits, 3 + 3 ("583 920", "583-920"),
/// 2 + 2 + 2 and six single digits are a one-time code's; four digits, 2 + 2 and four single digits
/// a PIN's. Digits joined to more digits, a word or an amount are neither.
/// </summary>
internal sealed class SecretsInSentencesRecognizer : IRecognizer
{
    public string Id => "credentials.in-sentences";

    public IEnumerable<string> FindingIds => [SentCode.Id, PinInSentence.Id, LoginTalkPassword.Id];

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.OneTimeCode, DataClasses.Pin, DataClasses.Password];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount == 0)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var read = 0; // text read as part of an earlier number
        foreach (var digits in context.DigitTokens)
        {
            if (digits.Start < read)
            {
                continue;
            }

            if (LoginTalkPassword.MayHold(text, digits) && !IsGooglePrefixed(text, digits.Start))
            {
                read = LoginTalkPassword.TryReport(context, digits);
                continue;
            }

            if (digits.Length is not (1 or 2 or 3 or 4 or 6) || !digits.Is(TokenShape.AllDigits) || context.DigitCount < 4)
            {
                continue;
            }

            int groups;
            bool code;
            switch (digits.Length)
            {
                case 6:
                    (groups, code) = (1, true);
                    break;
                case 4:
                    (groups, code) = (1, false);
                    break;
                case 3:
                    (groups, code) = (CodeSentence.CountGroups(text, tokens, digits.Index, 2, hyphens: true) == 2 ? 2 : 0, true);
                    break;
                default:
                    // 2 + 2 + 2 and six single digits are a code's, 2 + 2 and four single digits a PIN's.
                    var count = CodeSentence.CountGroups(text, tokens, digits.Index, digits.Length == 2 ? 3 : 6, hyphens: false);
                    (groups, code) = (digits.Length, count) switch
                    {
                        (2, 3) or (1, 6) => (count, true),
                        (2, 2) or (1, 4) => (count, false),
                        _ => (0, false),
                    };
                    break;
            }

            var last = digits.Index + groups - 1;
            read = groups == 0 ? digits.End : tokens[last].End;

            // "G-640271 is your verification code": Google's texts write the code after "G-".
            var google = code && groups == 1 && IsGooglePrefixed(text, digits.Start);
            if (groups == 0 || !CodeSentence.StandsAlone(text, google ? digits.Start - 2 : digits.Start, tokens[last].End))
            {
                continue;
            }

            if (code)
            {
                SentCode.TryReport(context, digits.Index, last, google ? digits.Start - 2 : -1);
            }
            else
            {
                PinInSentence.TryReport(context, digits.Index, last);
            }
        }
    }

    /// <summary>True when "G-" stands right before the digits at <paramref name="start"/>, as a word of its own.</summary>
    private static bool IsGooglePrefixed(ReadOnlySpan<char> text, int start) =>
        start >= 2 && text[start - 1] == '-' && text[start - 2] == 'G' && (start == 2 || !char.IsLetterOrDigit(text[start - 3]));
}
