using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// Passwords typed into a message about signing in, with no word announcing them right before and
/// without the symbols password rules ask for: "tried Rover2019 and rover2019! neither works, now
/// locked out", "is fluffybunny22 strong enough for a password", "it keeps saying wrong password
/// but I'm typing Rosebud_1987". A word of at least four letters with digits after or inside it
/// (two or more, or one with a '_' or a symbol), within <see cref="Reach"/> chars of a password word
/// or a word of signing in ("locked out", "log in", "connecter"), on the same line; not a device,
/// a version or a product ("iPhone13", "Windows11", "covid19"), and not named as a user name, an
/// account, an order or an id by the words around it. Scored at pattern strength. Run by
/// <see cref="SecretsInSentencesRecognizer"/>, which walks the digits.
/// </summary>
internal static class LoginTalkPassword
{
    private const int MinLength = 6;
    private const int MaxLength = 32;

    /// <summary>How far from the value a password or sign-in word is looked for, each way.</summary>
    private const int Reach = 100;

    /// <summary>Words of signing in that make a message one about a password.</summary>
    private static readonly string[] LoginWords =
    [
        "login", "logon", "logged", "locked", "lockout", "unlock", "signin", "einloggen", "anmelden", "angemeldet",
        "gesperrt", "connecter", "connexion", "bloqué", "bloquée", "bloqueado", "bloqueada", "acceder", "entrar",
    ];

    /// <summary>Verbs that with "in" or "on" after them say signing in: "log in", "signing in".</summary>
    private static readonly string[] LoginVerbs = ["log", "logging", "logged", "sign", "signing", "signed"];

    /// <summary>Words before or after a value that name it as something else than a password.</summary>
    private static readonly string[] OtherNames =
    [
        "user", "username", "usrname", "userid", "usuario", "usr", "utilisateur", "identifiant", "benutzer", "benutzername",
        "nutzername", "handle", "login", "account", "acct", "cuenta", "compte", "konto", "nick", "nickname", "gamertag", "email",
        "mail", "member", "customer", "client", "kunde", "cliente", "promo", "coupon", "voucher", "plate", "reg",
        "registration", "flight", "room", "network", "ssid", "called", "named", "profile", "code", "device", "phone", "as",
    ];

    /// <summary>Letters that begin device, system, product and version names written with digits: "iPhone13", "Win11", "covid19".</summary>
    private static readonly string[] ProductStems =
    [
        "iphone", "ipad", "ipod", "macbook", "imac", "android", "windows", "win", "office", "galaxy", "pixel", "macos",
        "ios", "ipados", "chrome", "firefox", "safari", "edge", "xbox", "playstation", "switch", "note", "redmi",
        "oneplus", "xperia", "moto", "nokia", "huawei", "honor", "oppo", "vivo", "realme", "surface", "kindle",
        "covid", "version", "build", "model", "error", "http", "https", "auth", "user", "admin", "test", "guest",
        "flight", "room", "level", "floor", "platform", "route", "vitamin", "series", "type", "size", "excel", "word", "outlook", "teams", "zoom", "python", "java", "node", "ubuntu", "debian", "fedora", "centos",
        "server", "router", "fritz", "livebox", "freebox", "bthub", "hub", "sky", "virgin", "netgear", "tplink",
    ];

    public const string Id = "credentials.login-talk";

    /// <summary>
    /// True when the digits of <paramref name="digits"/> may belong to a password: glued to letters
    /// or after a '_', '.' or a symbol. Most digits stand alone or after a space, a colon or a slash
    /// (amounts, dates, times) and are passed over.
    /// </summary>
    public static bool MayHold(ReadOnlySpan<char> text, in DigitToken digits) =>
        digits.Is(TokenShape.HasLetter)
        || (digits.Start > 1 && text[digits.Start - 1] is '_' or '.' or '-' or '!' or '#' or '$' or '*' or '&'
            && char.IsLetterOrDigit(text[digits.Start - 2])); // not "**583920**" or "code...583920"

    /// <summary>Reports the run of chars around <paramref name="digits"/> when it is a password typed into talk of signing in; returns where the run ends.</summary>
    public static int TryReport(ScanContext context, in DigitToken digits)
    {
        // The run of non-space chars around the digits, as typed.
        var text = context.Text;
        var start = digits.Start;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && digits.End - start <= MaxLength + 2)
        {
            start--;
        }

        var end = digits.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start <= MaxLength + 2)
        {
            end++;
        }

        var read = end;
        if (TryTrim(text, ref start, ref end) && IsPasswordLike(text[start..end]) && !NamedOtherwise(context, start, end)
            && NearLoginTalk(context, start, end))
        {
            context.Add(DataClasses.Password, start, end, Scores.Pattern, Id, context: ContextKinds.Password);
        }

        return read;
    }

    /// <summary>Takes quotes, brackets and a sentence's final mark off the run: "(Sunflower_88)", "«Rover2019»,".</summary>
    private static bool TryTrim(ReadOnlySpan<char> text, ref int start, ref int end)
    {
        while (start < end && (SecretValue.IsQuote(text[start]) || text[start] is '(' or '['))
        {
            start++;
        }

        while (end > start && (SecretValue.IsQuote(text[end - 1]) || text[end - 1] is ')' or ']' or '.' or ',' or ';' or ':' or '?'))
        {
            end--;
        }

        return end - start is >= MinLength and <= MaxLength;
    }

    /// <summary>
    /// A letter first, a run of four letters or more, a lower-case letter, digits (two, or one with
    /// a '_' or a symbol), at most two other chars ('_', '.', '-', '!', '#', '$', '*', '&amp;'), never two in a row
    /// nor last but '!', and no dot before a letter (a host or a file).
    /// </summary>
    private static bool IsPasswordLike(ReadOnlySpan<char> value)
    {
        if (!char.IsLetter(value[0]))
        {
            return false;
        }

        int digits = 0, others = 0, letterRun = 0, longestLetterRun = 0, stemEnd = -1;
        var lower = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsLetter(c))
            {
                lower |= char.IsLower(c);
                letterRun++;
                longestLetterRun = Math.Max(longestLetterRun, letterRun);
                continue;
            }

            stemEnd = stemEnd < 0 ? i : stemEnd;
            letterRun = 0;
            if (char.IsAsciiDigit(c))
            {
                digits++;
                continue;
            }

            var previousIsOther = i > 0 && !char.IsLetterOrDigit(value[i - 1]);
            if (c is not ('_' or '.' or '-' or '!' or '#' or '$' or '*' or '&') || previousIsOther
                || (i == value.Length - 1 && c != '!') || (c == '.' && i + 1 < value.Length && char.IsLetter(value[i + 1])))
            {
                return false;
            }

            others++;
        }

        if (!lower || longestLetterRun < 4 || others > 2 || digits == 0 || (digits == 1 && others == 0))
        {
            return false;
        }

        var stem = value[..(stemEnd < 0 ? value.Length : stemEnd)];
        foreach (var product in ProductStems)
        {
            if (stem.Equals(product, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a word right before the value (up to three, on its line) or right after it names it
    /// as a user name, an account, an order or an id: "my username is jmorales88", "order AB1234cd",
    /// "jdoe88 account".
    /// </summary>
    private static bool NamedOtherwise(ScanContext context, int start, int end)
    {
        const ContextKinds others = ContextKinds.Benign | ContextKinds.Email | ContextKinds.Identity | ContextKinds.Number
            | ContextKinds.Phone | ContextKinds.Address | ContextKinds.Postcode | ContextKinds.Medical;
        var text = context.Text;
        var tokens = context.Tokens;
        var first = context.TokenIndexAt(start);
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (text[tokens[k].End..tokens[k + 1].Start].Contains('\n')
                || (tokens[k].Context & ContextKinds.Password) != ContextKinds.None)
            {
                break; // a password word nearer than any other name
            }

            // A name word counts right before the value or as a label ("username: x", "my login is x"),
            // not further back ("can't login, tried Sunshine22", "locked out of my account, tried ...").
            if ((tokens[k].Context & others) != ContextKinds.None
                || (Personal.TokenText.IsAny(text, tokens[k], OtherNames) && (k == first - 1 || IsLabel(context, k))))
            {
                return true;
            }
        }

        var after = context.TokenIndexAt(end);
        if (after < tokens.Length && tokens[after].Start < end)
        {
            after++;
        }

        return after < tokens.Length && !text[end..tokens[after].Start].Contains('\n')
            && Personal.TokenText.IsAny(text, tokens[after], OtherNames);
    }

    /// <summary>True when a password word or a word of signing in stands within <see cref="Reach"/> chars of the value, on its line.</summary>
    private static bool NearLoginTalk(ScanContext context, int start, int end)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var from = Math.Max(0, start - Reach);
        var lineStart = text[from..start].LastIndexOf('\n');
        from = lineStart < 0 ? from : from + lineStart + 1;
        var to = Math.Min(text.Length, end + Reach);
        var lineEnd = text[end..to].IndexOf('\n');
        to = lineEnd < 0 ? to : end + lineEnd;
        for (var k = context.TokenIndexAt(from); k < tokens.Length && tokens[k].Start < to; k++)
        {
            if (tokens[k].Start >= start && tokens[k].End <= end)
            {
                continue; // the value's own tokens
            }

            // "pass" is a verb and a ticket as often ("I'll pass Mike57 the ball", "boarding pass").
            if (((tokens[k].Context & ContextKinds.Password) != ContextKinds.None && !Personal.TokenText.Is(text, tokens[k], "pass"))
                || Personal.TokenText.IsAny(text, tokens[k], LoginWords)
                || (k + 1 < tokens.Length && Personal.TokenText.IsAny(text, tokens[k], LoginVerbs)
                    && (Personal.TokenText.Is(text, tokens[k + 1], "in") || Personal.TokenText.Is(text, tokens[k + 1], "on"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="index"/> is followed by ':' or by "is" or "was": a label ("username: ...").</summary>
    private static bool IsLabel(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        return index + 1 < tokens.Length && (context.Text[tokens[index].End..tokens[index + 1].Start].Contains(':')
            || Personal.TokenText.IsAnyAt(context.Text, tokens, index + 1, ["is", "was"]));
    }
}
