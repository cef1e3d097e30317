using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// Bank account numbers: 6-17 digits (groups joined by single spaces or dashes) that an account
/// word ("account", "acct", "a/c", "cuenta", "compte", "Konto") introduces. Account numbers have
/// no common checksum, so the word is required, and the nearest word must be about the account,
/// not a card, routing number, password or order.
/// </summary>
internal sealed class BankAccountRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.account";

    private const int MinDigits = 6;
    private const int MaxDigits = 17;

    /// <summary>A Spanish account code (CCC), longer than other account numbers but with check digits.</summary>
    private const int SpanishCccDigits = 20;

    /// <summary>"account number is 12345678": the word is close; farther words are about something else.</summary>
    private const int TokensBefore = 5;

    private const ContextKinds Relevant = ContextKinds.BankAccount | ContextKinds.Routing | ContextKinds.Card
        | ContextKinds.Cvv | ContextKinds.Expiry | ContextKinds.Iban | ContextKinds.Swift | ContextKinds.Ssn
        | ContextKinds.TaxId | ContextKinds.Password | ContextKinds.Pin | ContextKinds.OneTimeCode | ContextKinds.Phone
        | ContextKinds.Identity | ContextKinds.Passport | ContextKinds.DriverLicense | ContextKinds.NationalInsurance
        | ContextKinds.Itin | ContextKinds.MedicalRecord | ContextKinds.HealthPlan | ContextKinds.Npi | ContextKinds.Medicare
        | ContextKinds.Birth | ContextKinds.Age | ContextKinds.Benign;

    /// <summary>Words that, anywhere near, mean the number is a secret or a card rather than an account.</summary>
    private const ContextKinds Vetoes = ContextKinds.Card | ContextKinds.Cvv | ContextKinds.Password | ContextKinds.Pin
        | ContextKinds.OneTimeCode;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.BankAccount];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        ReadOnlySpan<CandidateBlock> found =
        [
            CandidateBlock.Of(context, CardNumberRecognizer.RecognizerId),
            CandidateBlock.Of(context, IbanRecognizer.RecognizerId),
            CandidateBlock.Of(context, RoutingNumberRecognizer.RecognizerId),
        ];
        var resume = 0; // first token a new value may start at: a run of groups is read once
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume || !digitToken.Is(TokenShape.AllDigits))
            {
                continue;
            }

            // The whole run of grouped digits is one value.
            var last = i;
            var digits = tokens[i].Length;
            while (last + 1 < tokens.Length && tokens[last + 1].Is(TokenShape.AllDigits)
                && tokens[last + 1].Start == tokens[last].End + 1 && text[tokens[last].End] is ' ' or '-')
            {
                last++;
                digits += tokens[last].Length;
            }

            var start = tokens[i].Start;
            var end = tokens[last].End;
            resume = last + 1;

            // Only an account word in the tokens around (or "a/c" just before) makes an account
            // number: most runs have none and are passed over before the other checks.
            if (((context.KindsOfTokensBefore(i, TokensBefore) | context.KindsOfTokensAfter(last, ValueContext.MaxTokensAfter)) & ContextKinds.BankAccount) == 0
                && !HasSlashAccountBefore(text, start))
            {
                continue;
            }

            if (digits < MinDigits || (digits > MaxDigits && !(digits == SpanishCccDigits && SpanishCccValidator.IsValid(text[start..end])))
                || NumberText.IsJoinedToDigits(text, start, end)
                || NumberText.HasSignOrCurrencyBefore(text, start) || OverlapsFinancialValue(context, found, start, end))
            {
                continue;
            }

            if (IsPhoneShaped(text, start, end) || IsCodeSuffix(text, tokens, i))
            {
                continue; // a phone, or the digits of a code such as "VM-4482917"
            }

            var bankCode = BankCodeBefore(text, tokens, i);
            if (bankCode == BankCode.ThisValue)
            {
                continue; // "sort code 20-45-77", "BLZ 500 105 17", "BSB 062-692": the bank's code, not the account
            }

            // The "code" of "sort code 20-45-77 acc 41268830" is the bank's, not a secret's.
            var vetoes = bankCode == BankCode.Earlier && OnlySortCodeVetoes(text, tokens, i, last)
                ? Vetoes & ~(ContextKinds.OneTimeCode | ContextKinds.Cvv) : Vetoes;
            var (nearest, all) = ValueContext.Find(context, start, end, Relevant, TokensBefore);
            var isAccount = (nearest & ContextKinds.BankAccount) != 0 && (all & vetoes) == 0;
            // "a/c no is X and amount ...": a harmless word after the value does not outweigh "a/c" just before it; "order a/c 123456" does.
            if (!isAccount && (nearest & ~ContextKinds.Benign) == 0 && (all & vetoes) == 0
                && (context.ContextBefore(start, 4) & ContextKinds.Benign) == 0 && HasSlashAccountBefore(text, start))
            {
                isAccount = true;
            }

            if (isAccount && IsServiceAccount(text, tokens, i))
            {
                continue; // "water account 3300482719", "my broadband acct 7714820": a customer account with a provider
            }

            if (isAccount)
            {
                context.Add(DataClasses.BankAccount, start, end, Scores.PatternWithContext, RecognizerId, null,
                    ContextKinds.BankAccount);
            }
        }
    }

    /// <summary>Words that name a bank's code beside an account number: a UK sort code, a German BLZ, an Australian BSB, an Indian IFSC.</summary>
    private static readonly string[] BankCodeWords = ["sort", "blz", "bsb", "ifsc", "bankleitzahl"];

    /// <summary>Where a bank's code is named before a value.</summary>
    private enum BankCode
    {
        None,

        /// <summary>Right before it: the value is the code ("sort code: 20-45-77").</summary>
        ThisValue,

        /// <summary>Earlier, within a few tokens ("sort code 20-45-77 acc 41268830").</summary>
        Earlier,
    }

    /// <summary>Whether a bank code word ("sort code", "BLZ") comes right before token <paramref name="i"/>, or a few tokens earlier.</summary>
    private static BankCode BankCodeBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 2 && Personal.TokenText.IsAny(text, tokens[k], ["is", "no", "number", "nr"]))
        {
            k--;
        }

        if (k >= 0 && (Personal.TokenText.IsAny(text, tokens[k], BankCodeWords)
            || (Personal.TokenText.Is(text, tokens[k], "code") && Personal.TokenText.IsAt(text, tokens, k - 1, "sort"))))
        {
            return BankCode.ThisValue;
        }

        for (var j = i - 1; j >= 0 && i - j <= 8; j--)
        {
            if (Personal.TokenText.IsAny(text, tokens[j], BankCodeWords))
            {
                return BankCode.Earlier;
            }
        }

        return BankCode.None;
    }

    /// <summary>
    /// True when the only code or security-code words around tokens <paramref name="first"/> to
    /// <paramref name="last"/> are the "code" of "sort code": "sort code 20-45-77 acc 41268830", not
    /// "BSB 062692 the code for my account is 558201" or "sort code 20-45-77, otp for my account 558201".
    /// </summary>
    private static bool OnlySortCodeVetoes(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var sortCode = false;
        for (var k = Math.Max(0, first - 8); k < tokens.Length && k <= last + ValueContext.MaxTokensAfter; k++)
        {
            if (k >= first && k <= last)
            {
                continue;
            }

            if ((tokens[k].Context & (ContextKinds.OneTimeCode | ContextKinds.Cvv)) == 0)
            {
                continue;
            }

            if (Personal.TokenText.Is(text, tokens[k], "code") && Personal.TokenText.IsAt(text, tokens, k - 1, "sort"))
            {
                sortCode = true;
                continue;
            }

            return false;
        }

        return sortCode;
    }

    /// <summary>Services whose providers number their customers' accounts: "water account", "broadband acct".</summary>
    private static readonly Personal.WordSet ServiceWords = new(
    [
        "broadband", "internet", "fibre", "fiber", "sim", "landline", "mobile", "water", "gas", "electricity", "electric",
        "energy", "utility", "utilities", "telehealth", "netflix", "spotify", "streaming",
    ]);

    /// <summary>
    /// True when a service word names the account word right before the value ("water account
    /// 3300482719", "my telehealth acct is ..."): a customer account with a provider, not a bank's.
    /// Only that place counts: "a direct debit from Thames Water on account 40307712" is a bank account.
    /// </summary>
    private static bool IsServiceAccount(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - 4; k--)
        {
            if ((tokens[k].Context & ContextKinds.BankAccount) != 0)
            {
                return Personal.TokenText.IsAny(text, tokens[k - 1], ServiceWords);
            }
        }

        return false;
    }

    /// <summary>"(555) 123-4567", "555 123 4567", "555-123-4567", "123-4567": a phone number, whatever word is near.</summary>
    private static bool IsPhoneShaped(ReadOnlySpan<char> text, int start, int end)
    {
        var before = text[..start].TrimEnd(' ');
        if (before.Length > 0 && before[^1] == ')')
        {
            return true;
        }

        var value = text[start..end];
        return (value.Length == 12 && value[3] is ' ' or '-' && value[7] is ' ' or '-')
            || (value.Length == 8 && value[3] is ' ' or '-');
    }

    /// <summary>"VM-4482917": digits glued by a hyphen to a code of capitals that is no context word ("acct-40307712" is an account).</summary>
    private static bool IsCodeSuffix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].End + 1 == tokens[i].Start && text[tokens[i - 1].End] == '-'
        && tokens[i - 1].Is(TokenShape.AllUpper) && !tokens[i - 1].Is(TokenShape.HasDigit) && tokens[i - 1].Length is >= 2 and <= 4
        && tokens[i - 1].Context == ContextKinds.None;

    /// <summary>"a/c 12345678" (the tokenizer splits "a/c" into two one-letter words).</summary>
    private static bool HasSlashAccountBefore(ReadOnlySpan<char> text, int start)
    {
        // Only the few chars before are read: a long run without spaces must not be searched again for every value in it.
        var from = Math.Max(0, start - 32);
        var before = text[from..start].TrimEnd(" :#.-");

        // "a/c no is 50100234567812": up to two filler words between.
        for (var words = 0; words < 2; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (space < 0 || !(word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("number", StringComparison.OrdinalIgnoreCase)
                || word.Equals("num", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            before = before[..space].TrimEnd(" :#.-");
        }

        return before.Length >= 3 && before[^3..].Equals("a/c", StringComparison.OrdinalIgnoreCase)
            && (before.Length > 3 ? !char.IsLetterOrDigit(before[^4]) : from == 0 || !char.IsLetterOrDigit(text[from - 1]));
    }

    /// <summary>True when a card, IBAN or routing candidate found earlier covers the value.</summary>
    private static bool OverlapsFinancialValue(ScanContext context, ReadOnlySpan<CandidateBlock> found, int start, int end)
    {
        foreach (ref readonly var block in found)
        {
            if (block.Overlaps(context, start, end, Scores.DefaultThreshold))
            {
                return true;
            }
        }

        return false;
    }
}
