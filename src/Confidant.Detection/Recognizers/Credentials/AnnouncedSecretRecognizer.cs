using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// Passwords, PINs and one-time codes that the text announces: "my password is hunter2!",
/// "pw = x", "PIN: 0000", "the code is 583920", "contraseña es ...". The span is the secret only.
/// After the announcing words come an optional connector (':', '=', "is", "es", "est", "ist"...,
/// possibly after a few words: "the password for my bank is ...") and the value. Without a
/// connector the value must look like a secret (digits, symbols or inner capitals), so "reset my
/// password please" and "password reset link" find nothing; after "is" an ordinary word such as
/// "wrong" or "expired" is not a password.
/// </summary>
internal sealed class AnnouncedSecretRecognizer : IRecognizer
{
    private const ContextKinds Anchors = ContextKinds.Password | ContextKinds.Pin | ContextKinds.OneTimeCode;
    private const int MaxWordsBeforeConnector = 4;
    private const double WeakCodeScore = 0.75;
    private const double PlainWordScore = 0.75;
    private const double AnnouncedScore = 0.9;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = Lookup(
        "is", "was", "es", "era", "est", "était", "etait", "ist", "war", "lautet", "sera", "será", "are", "be");

    // Words right after a connector that still lead to the value: "is now", "ist jetzt".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Lookup(
        "now", "just", "simply", "ahora", "maintenant", "jetzt", "nun");

    // Plain words that follow "password is" without being the password.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSecrets = Lookup(
        "not", "wrong", "incorrect", "invalid", "correct", "right", "expired", "required", "different", "same", "weak",
        "strong", "blank", "empty", "missing", "saved", "stored", "working", "short", "long", "secure", "safe", "hidden",
        "encrypted", "sent", "shown", "visible", "compromised", "leaked", "known", "easy", "hard", "simple", "complex",
        "complicated", "good", "bad", "fine", "ok", "okay", "supposed", "only", "also", "probably", "definitely",
        "actually", "really", "too", "very", "still", "something", "nothing", "anything", "everything", "case",
        "sensitive", "unknown", "new", "old", "updated", "changed", "reset", "locked", "forgotten", "lost", "gone",
        "set", "needed", "mandatory", "optional", "incorrecta", "correcta", "incorrecto", "correcto", "muy", "demasiado",
        "segura", "seguro", "nueva", "vieja", "inválida", "invalida", "errónea", "erronea", "trop", "pas", "faux",
        "fausse", "bon", "bonne", "nouveau", "nouvelle", "falsch", "nicht", "richtig", "sehr", "zu", "neu", "alt",
        "abgelaufen", "ungültig", "ungultig", "sicher", "expiré", "expire", "valid", "wifi", "here", "there", "below",
        "above", "attached", "following", "mine", "yours", "unchanged", "in", "on", "at", "for", "from");

    // Words before a bare "code" that make it anything but a one-time code.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeBlockers = Lookup(
        "zip", "postal", "post", "postcode", "area", "promo", "promotional", "discount", "coupon", "voucher", "gift",
        "referral", "invite", "invitation", "error", "status", "exit", "return", "response", "http", "country", "dial",
        "dialing", "source", "sort", "swift", "bank", "branch", "routing", "tax", "product", "style", "color", "colour",
        "dress", "qr", "bar", "barcode", "airport", "station", "fare", "course", "class", "language", "diagnosis",
        "billing", "cpt", "icd", "medical", "procedure", "security", "cvv", "cvc", "card", "booking", "confirmation",
        "reference", "tracking", "order", "item", "sku", "postal", "reason", "fault", "trouble", "event", "access",
        "activation", "license", "licence", "lock", "door", "gate", "alarm", "building", "postleitzahl");

    // Words before a bare "code" that make it a one-time code.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeStrengtheners = Lookup(
        "verification", "verify", "otp", "one", "time", "onetime", "sms", "text", "login", "log", "signin", "sign",
        "auth", "authentication", "authenticator", "2fa", "mfa", "two", "factor", "confirm", "passcode");

    public string Id => "credentials.announced";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Password, DataClasses.Pin, DataClasses.OneTimeCode];

    public void Recognize(ScanContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Context & Anchors) == ContextKinds.None)
            {
                continue;
            }

            // One announcement may span several words: "PIN code", "verification code", "mot de passe".
            var kinds = tokens[i].Context & Anchors;
            var last = i;
            while (last + 1 < tokens.Length && IsAnnouncementGap(context.Text[tokens[last].End..tokens[last + 1].Start])
                && (tokens[last + 1].Context & (Anchors | ContextKinds.Number)) != ContextKinds.None
                && !tokens[last + 1].Is(TokenShape.HasDigit))
            {
                last++;
                kinds |= tokens[last].Context & Anchors;
            }

            Announce(context, i, last, kinds);
            i = last;
        }
    }

    private static void Announce(ScanContext context, int first, int last, ContextKinds kinds)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var anchor = text.Slice(tokens[first].Start, tokens[first].Length);
        DataClass dataClass;
        var weak = false;
        if ((kinds & ContextKinds.Pin) != ContextKinds.None)
        {
            dataClass = DataClasses.Pin;
        }
        else if ((kinds & ContextKinds.Password) != ContextKinds.None)
        {
            dataClass = DataClasses.Password;
            var word = text.Slice(tokens[last].Start, tokens[last].Length);
            if (word.Equals("passe", StringComparison.OrdinalIgnoreCase) && !IsMotDePasse(context, last))
            {
                return;
            }

            weak = first == last && anchor.Equals("pass", StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            dataClass = DataClasses.OneTimeCode;
            if (first == last && IsBareCode(anchor))
            {
                if (!TryJudgeBareCode(context, first, out weak))
                {
                    return;
                }
            }
        }

        if (!TryFindValue(context, tokens[last].End, out var start, out var connector))
        {
            return;
        }

        if (!SecretValue.TryRead(text, start, out var valueStart, out var valueEnd))
        {
            return;
        }

        var value = text[valueStart..valueEnd];
        double score;
        if (dataClass == DataClasses.Password)
        {
            score = ScorePassword(context, value, valueStart, connector, weak);
        }
        else
        {
            var strongOtp = dataClass == DataClasses.OneTimeCode && !weak;
            if (!IsCode(text, value, valueStart, ref valueEnd, strongOtp))
            {
                return;
            }

            score = weak ? WeakCodeScore : AnnouncedScore;
        }

        if (score > 0)
        {
            context.Add(dataClass, valueStart, valueEnd, score, "credentials.announced", null, kinds);
        }
    }

    private static double ScorePassword(ScanContext context, ReadOnlySpan<char> value, int valueStart, Connector connector, bool weakAnchor)
    {
        var secretLike = LooksSecret(value);
        if (weakAnchor && connector == Connector.None)
        {
            return 0;
        }

        if (!secretLike)
        {
            var lettersOnly = true;
            foreach (var c in value)
            {
                lettersOnly &= char.IsLetter(c);
            }

            if (weakAnchor || connector == Connector.None || (value.Length < 3 && connector != Connector.Symbol))
            {
                return 0;
            }

            // After "is": ordinary words are how people describe a password, not the password.
            if (lettersOnly && (NotSecrets.Contains(value) || IsCommonWord(context, valueStart, value.Length)
                || value.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || value.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                return 0;
            }

            return connector == Connector.Symbol ? AnnouncedScore : PlainWordScore;
        }

        if (connector == Connector.None)
        {
            return value.Length >= 4 ? Scores.StrongPattern : 0;
        }

        // "my password is 12 characters long" gives a number that is not the password.
        if (!value.ContainsAnyExceptInRange('0', '9') && value.Length < 4)
        {
            return 0;
        }

        return weakAnchor ? PlainWordScore : AnnouncedScore;
    }

    /// <summary>Digits, symbols, or a capital after the first letter.</summary>
    private static bool LooksSecret(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c) || (i > 0 && char.IsUpper(c)) || !(char.IsLetter(c) || c == '\'' || c == '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A PIN or one-time code: 4-8 digits, "583 920"/"583-920", or (announced as a one-time code) 6-8 letters and digits.</summary>
    private static bool IsCode(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int valueStart, ref int valueEnd, bool allowAlnum)
    {
        if (!value.ContainsAnyExceptInRange('0', '9'))
        {
            if (value.Length is >= 4 and <= 8)
            {
                return true;
            }

            // "583 920": two groups of three digits.
            if (value.Length == 3 && valueEnd + 4 <= text.Length && text[valueEnd] is ' ' or '-'
                && !text.Slice(valueEnd + 1, 3).ContainsAnyExceptInRange('0', '9')
                && (valueEnd + 4 == text.Length || !char.IsAsciiLetterOrDigit(text[valueEnd + 4])))
            {
                valueEnd += 4;
                return true;
            }

            return false;
        }

        if (value.Length == 7 && value[3] == '-' && !value[..3].ContainsAnyExceptInRange('0', '9')
            && !value[4..].ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        if (!allowAlnum || value.Length is < 6 or > 8 || valueStart < 0)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return digits >= 2;
    }

    private enum Connector
    {
        None,
        Symbol,
        Word,
    }

    /// <summary>Finds where the value starts after the announcement ending at <paramref name="position"/>.</summary>
    private static bool TryFindValue(ScanContext context, int position, out int start, out Connector connector)
    {
        var text = context.Text;
        connector = Connector.None;
        var p = SkipSpaces(text, position, newlines: false);
        if (p < text.Length && text[p] == '#')
        {
            p = SkipSpaces(text, p + 1, newlines: false);
        }

        start = p;
        if (p >= text.Length)
        {
            return false;
        }

        if (TryConnector(context, p, out var afterConnector, out connector))
        {
            start = afterConnector;
            return start < text.Length;
        }

        // "the password for my bank account is ...": a few plain words, then a connector.
        var q = p;
        for (var words = 0; words < MaxWordsBeforeConnector; words++)
        {
            var wordEnd = q;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == q || wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            q = SkipSpaces(text, wordEnd, newlines: false);
            if (TryConnector(context, q, out afterConnector, out connector))
            {
                start = afterConnector;
                return start < text.Length;
            }
        }

        connector = Connector.None;
        return true;
    }

    private static bool TryConnector(ScanContext context, int p, out int after, out Connector connector)
    {
        var text = context.Text;
        after = p;
        connector = Connector.None;
        if (p >= text.Length)
        {
            return false;
        }

        if (text[p] is ':' or '=' || (text[p] == '-' && p + 1 < text.Length && text[p + 1] == '>'))
        {
            var q = text[p] == '-' ? p + 2 : p + 1;
            if (q < text.Length && text[q] == '>')
            {
                q++;
            }

            connector = Connector.Symbol;
            after = SkipSpaces(text, q, newlines: true);
            return true;
        }

        var end = p;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == p || (end < text.Length && char.IsAsciiDigit(text[end])) || !Connectors.Contains(text[p..end]))
        {
            return false;
        }

        connector = Connector.Word;
        var r = SkipSpaces(text, end, newlines: false);
        if (r < text.Length && text[r] == ':')
        {
            connector = Connector.Symbol;
            r = SkipSpaces(text, r + 1, newlines: true);
        }
        else
        {
            var adverbEnd = r;
            while (adverbEnd < text.Length && char.IsLetter(text[adverbEnd]))
            {
                adverbEnd++;
            }

            if (adverbEnd > r && adverbEnd < text.Length && text[adverbEnd] == ' ' && Adverbs.Contains(text[r..adverbEnd]))
            {
                r = SkipSpaces(text, adverbEnd, newlines: false);
            }
        }

        after = r;
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int p, bool newlines)
    {
        while (p < text.Length && (text[p] is ' ' or '\t' || (newlines && text[p] is '\n' or '\r')))
        {
            p++;
        }

        return p;
    }

    private static bool IsAnnouncementGap(ReadOnlySpan<char> gap) =>
        gap.Length is >= 1 and <= 2 && !gap.ContainsAnyExcept(' ', '-', '\'');

    private static bool IsBareCode(ReadOnlySpan<char> word) =>
        word.Equals("code", StringComparison.OrdinalIgnoreCase) || word.Equals("codes", StringComparison.OrdinalIgnoreCase)
        || word.Equals("código", StringComparison.OrdinalIgnoreCase) || word.Equals("codigo", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decides whether a bare "code" announces a one-time code; <paramref name="weak"/> when nothing confirms it.</summary>
    private static bool TryJudgeBareCode(ScanContext context, int index, out bool weak)
    {
        weak = true;
        var tokens = context.Tokens;
        if (index > 0 && context.Text[tokens[index - 1].End..tokens[index].Start].Length <= 2)
        {
            var previous = context.Text.Slice(tokens[index - 1].Start, tokens[index - 1].Length);
            if (CodeStrengtheners.Contains(previous))
            {
                weak = false;
                return true;
            }

            if (CodeBlockers.Contains(previous))
            {
                return false;
            }
        }

        return (context.ContextBefore(tokens[index].Start, 3) & ContextKinds.Benign) == ContextKinds.None;
    }

    private static bool IsMotDePasse(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        if (index < 2)
        {
            return false;
        }

        var text = context.Text;
        return text.Slice(tokens[index - 2].Start, tokens[index - 2].Length).Equals("mot", StringComparison.OrdinalIgnoreCase)
            && text.Slice(tokens[index - 1].Start, tokens[index - 1].Length).Equals("de", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A stop word or another announcing word ("password is password" repeats, it does not reveal).</summary>
    private static bool IsCommonWord(ScanContext context, int start, int length)
    {
        var i = context.TokenIndexAt(start);
        return i < context.TokenCount && context.Tokens[i].Start == start && context.Tokens[i].Length == length
            && ((context.Tokens[i].Flags & WordFlags.StopWord) != WordFlags.None
                || (context.Tokens[i].Context & (Anchors | ContextKinds.Secret)) != ContextKinds.None);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
