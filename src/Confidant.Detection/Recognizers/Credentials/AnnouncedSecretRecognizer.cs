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
    private const int MaxWordsBeforeConnector = 5;

    /// <summary>How far after a bot's prompt the customer's turn of a pasted chat is looked for.</summary>
    private const int MaxPromptTail = 80;

    /// <summary>How many tokens from tried digits a word of a lock refusing may stand.</summary>
    private const int MaxLockDistance = 16;

    /// <summary>Most values of one secret read in a row: "4821 or 4812 or 8421".</summary>
    private const int MaxGuesses = 3;

    /// <summary>Longest bracketed remark read past between an announcement and its connector.</summary>
    private const int MaxRemark = 48;
    private const double WeakCodeScore = 0.75;
    private const double PlainWordScore = 0.75;
    private const double AnnouncedScore = 0.9;
    private const double DirectScore = 0.88;
    private const double PairScore = 0.85;
    private const string KeyEmoji = "\U0001F511";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = Lookup(
        "is", "was", "es", "era", "est", "était", "etait", "ist", "war", "lautet", "sera", "será", "are", "be");

    // Words right after a connector that still lead to the value: "is now", "ist jetzt".
    // Words that lead to the value only when it looks like a secret: "set the password to X",
    // "change my pin from 1234 to 5678", "the code, I typed 583920".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakConnectors = Lookup(
        "to", "from", "typed", "entered", "tried", "used", "using", "received", "got", "put", "auf", "enter", "entering",
        "type", "typing", "input", "try", "trying", "set");

    // "j'ai changé le mot de passe pour X", "he cambiado la contraseña a X", "remplacé par X": lead to
    // a value only after a verb of changing, as "pour", "par", "a" and "zu" mostly say what the
    // password is for or who got it ("le mot de passe pour PayPal", "le di la contraseña a Juan_Carlos").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeConnectors = Lookup("pour", "par", "a", "zu");

    // Stems of the verbs of changing that let a <see cref="ChangeConnectors"/> word lead to a value.
    private static readonly string[] ChangeStems = ["chang", "modifi", "remplac", "cambi", "änder", "aender"];

    // Words that show a value rather than name it: "the app shows 602118", "the sms says 902 447".
    // Only a six-digit code (or 3 + 3) follows them as a code: "the sms says 2500 was debited" is an amount.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DisplayWords = Lookup(
        "says", "shows", "showing", "reads", "displays", "said");

    // Words between a value and a later announcement: "X is the code you sent", "is X a strong enough password?".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackwardFillers = Lookup(
        "the", "my", "a", "an", "your", "our", "this", "that", "good", "strong", "secure", "safe", "valid", "enough",
        "correct", "right", "decent", "new", "current", "el", "la", "mi", "le", "mon", "ma", "der", "die", "das", "mein",
        "meine");

    // Words naming what an access code opens: a PIN the customer owns ("key safe code", "el código de la
    // alarma", "le code de mon répondeur", "Code für den Schlüsseltresor").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccessWords = Lookup(
        "alarm", "alarma", "alarme", "alarmanlage", "safe", "keysafe", "lockbox", "keypad", "garage", "voicemail", "répondeur",
        "repondeur", "buzón", "buzon", "boîtier", "boitier", "schlüsseltresor", "schlüsselkasten", "schlüsselsafe", "tresor");

    // Verbs of trying a PIN at a lock: "tried 4471", "probé 1980", "j'ai tapé 5820", "eingegeben".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GuessVerbs = Lookup(
        "tried", "entered", "typed", "probé", "probe", "introduje", "puse", "essayé", "essaye", "tapé", "tape", "versucht",
        "probiert", "eingegeben", "eingetippt");

    // Words of a lock refusing: "blocked", "declined", "bloqueada", "bloquée", "gesperrt".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LockWords = Lookup(
        "blocked", "locked", "declined", "rejected", "wrong", "incorrect", "swallowed", "retained", "bloqueada", "bloqueado",
        "rechazada", "incorrecto", "bloquée", "bloquee", "bloqué", "refusé", "refusée", "gesperrt", "falsch", "abgelehnt");

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".?!\n");

    // What a PIN opens: "my debit card is blocked", "la tarjeta está bloqueada", "der Automat hat die Karte eingezogen".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LockedThings = Lookup(
        "card", "atm", "debit", "cashpoint", "pin", "tarjeta", "cajero", "carte", "distributeur", "dab", "karte", "bankkarte",
        "girocard", "geldautomat", "automat", "sim", "phone", "handy", "móvil", "movil", "portable");

    // Words naming what else a tried number can be: an amount, a postcode, an extension, a time, a year...
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TriedNumberNamers = Lookup(
        "amount", "transfer", "payment", "postcode", "zip", "postal", "extension", "extensions", "ext", "flight", "order", "room",
        "key", "store", "quantity", "qty", "year", "years", "expiry", "expiration", "promo", "coupon", "voucher", "model", "slot",
        "slots", "time", "booking", "last", "digits", "importe", "transferencia", "pago", "extensión", "hora", "año", "caducidad",
        "montant", "paiement", "virement", "poste", "heure", "année", "betrag", "überweisung", "plz", "postleitzahl", "durchwahl",
        "uhrzeit", "termin", "jahr", "zahlung");

    // Words that make bracketed digits after them some other number: "the pin for card ending (4471)".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberNamers = Lookup(
        "ending", "ends", "last", "digits", "number", "no", "nr", "ref", "reference", "account", "card", "id", "visa",
        "mastercard", "amex", "order", "invoice", "appointment", "booking", "expiring", "expiry", "expires", "terminada",
        "termine", "finissant", "endung", "acaba");

    // Verbs that let bracketed digits after a few words be the value: "the PIN I chose at the branch (2708)".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChoiceVerbs = Lookup(
        "chose", "chosen", "choose", "set", "picked", "selected", "got", "received", "entered", "typed", "use", "used",
        "made", "changed", "elegí", "elegido", "choisi", "gewählt");

    // Words right before bracketed digits that make them a time, a place or a date: "the pin I set in (2019)".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Lookup(
        "in", "at", "on", "for", "from", "by", "with", "of", "to", "since", "par", "mit", "en", "de", "à", "a", "um", "am", "im");

    // How a remark after a few words opens when it describes the secret: "(la que caduca en octubre)", "(the one for the app)".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RemarkOpeners = Lookup(
        "la", "el", "le", "les", "los", "las", "the", "which", "that", "die", "der", "das", "que", "qui", "my", "mi", "mon", "ma", "meine");

    // Words after a guessed value that start another clause, so the value ended: "or 9043 and now it's blocked".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseStarts = Lookup(
        "and", "but", "or", "then", "neither", "either", "both", "nor", "not", "none", "didnt", "didn't", "doesnt", "doesn't",
        "dont", "don't", "isnt", "isn't", "wont", "won't", "again", "instead", "still", "yesterday", "y", "o", "et", "ou", "und",
        "oder", "pero", "mais", "aber", "ni");

    // Words that make a bare "code" a one-time code when they sit between it and its value: "code reçu par sms est".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeliveryWords = Lookup(
        "sms", "text", "texted", "sent", "received", "email", "emailed", "reçu", "recu", "envoyé", "envoye", "recibido",
        "enviado", "erhalten", "gesendet");

    // Words after a six-digit "PIN code" that make it an Indian postal code: "PIN code 110001, do you deliver there?".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostalWords = Lookup(
        "deliver", "delivery", "delivering", "ship", "shipping", "courier", "area", "address", "city", "locality",
        "district", "serviceable");

    // Words before an unannounced "pass": "login alice@example.com pass X", "user bob pass X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoginWords = Lookup(
        "login", "log", "logon", "username", "user", "userid", "account", "email", "usuario", "utilisateur", "benutzer",
        "benutzername", "identifiant");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Lookup(
        "now", "just", "simply", "either", "ahora", "maintenant", "jetzt", "nun");

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
        "weird", "since", "seit", "desde", "depuis", "noch", "schon", "encore", "toujours", "todavía", "todavia", "zurücksetzen",
        "ändern", "aendern",
        "above", "attached", "following", "mine", "yours", "unchanged", "in", "on", "at", "for", "from", "now", "nun", "jetzt",
        "ahora", "maintenant", "gesperrt", "blockiert", "vergessen", "geändert", "bloqueado", "bloqueada", "caducado",
        "caducada", "olvidado", "olvidada", "cambiado", "bloqué", "bloquée", "bloque", "oublié", "oublie", "changé", "perdu");

    // Words before a bare "code" that make it anything but a one-time code.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeBlockers = Lookup(
        "zip", "postal", "post", "postcode", "area", "promo", "promotional", "discount", "coupon", "voucher", "gift",
        "referral", "invite", "invitation", "error", "status", "exit", "return", "response", "http", "country", "dial",
        "dialing", "source", "sort", "swift", "bank", "branch", "routing", "tax", "product", "style", "color", "colour",
        "dress", "qr", "bar", "barcode", "airport", "station", "fare", "course", "class", "language", "diagnosis",
        "billing", "cpt", "icd", "medical", "procedure", "security", "cvv", "cvc", "card", "booking", "confirmation",
        "reference", "tracking", "order", "item", "sku", "postal", "reason", "fault", "trouble", "event", "access",
        "activation", "license", "licence", "lock", "door", "gate", "alarm", "building", "postleitzahl",
        // and after one in French and Spanish: "code client", "code de réservation", "código del pedido"
        "client", "cliente", "réservation", "reservation", "reserva", "commande", "pedido", "suivi", "seguimiento");

    // Words before a bare "code" that make it a one-time code.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeStrengtheners = Lookup(
        "verification", "verify", "otp", "one", "time", "onetime", "sms", "text", "login", "log", "signin", "sign",
        "auth", "authentication", "authenticator", "2fa", "mfa", "two", "factor", "confirm", "passcode");

    public string Id => "credentials.announced";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Password, DataClasses.Pin, DataClasses.OneTimeCode];

    public void Recognize(ScanContext context)
    {
        var tokens = context.Tokens;
        var resume = 0; // first token after the last announcement read
        foreach (var i in context.WordAnchors)
        {
            if (i < resume)
            {
                continue;
            }

            // "sms" and "text" are context words too: "I got 583920 by sms".
            if ((tokens[i].Context & (ContextKinds.Phone | ContextKinds.OneTimeCode)) != ContextKinds.None
                && tokens[i].Length is 3 or 4 && context.DigitCount >= 4)
            {
                TrySentBy(context, i);
            }

            if ((tokens[i].Context & Anchors) == ContextKinds.None)
            {
                continue;
            }

            // One announcement may span several words: "PIN code", "verification code", "mot de passe".
            var kinds = tokens[i].Context & Anchors;
            var last = i;

            // French "code confidentiel" is the card's PIN.
            if (IsBareCode(context.Text.Slice(tokens[i].Start, tokens[i].Length)) && i + 1 < tokens.Length
                && Personal.TokenText.Is(context.Text, tokens[i + 1], "confidentiel")
                && Personal.TokenText.Gap(context.Text, tokens[i], tokens[i + 1]) is " ")
            {
                Announce(context, i, i + 1, ContextKinds.Pin);
                resume = i + 2;
                continue;
            }

            while (last + 1 < tokens.Length && IsAnnouncementGap(context.Text[tokens[last].End..tokens[last + 1].Start])
                && (tokens[last + 1].Context & (Anchors | ContextKinds.Number)) != ContextKinds.None
                && !tokens[last + 1].Is(TokenShape.HasDigit))
            {
                last++;
                kinds |= tokens[last].Context & Anchors;
            }

            Announce(context, i, last, kinds);
            resume = last + 1;
        }

        var text = context.Text;
        if (text.Length >= 8 && text.IndexOf(" / ", StringComparison.Ordinal) >= 0)
        {
            TryLoginPairs(context);
        }

        if (text.IndexOf(KeyEmoji, StringComparison.Ordinal) >= 0)
        {
            TryKeyEmoji(context);
        }

        if (context.DigitCount >= 4)
        {
            TryGuessesAtALock(context);
        }

        if (context.DigitCount >= 6 && text.IndexOf("TAN", StringComparison.Ordinal) >= 0)
        {
            TryTans(context); // a TAN has six digits or more
        }
    }

    /// <summary>
    /// German online banking's transaction number, written "TAN" in capitals: "Die TAN lautet 846201",
    /// "meine TAN ist 771903", "TAN: 583046". A bare "tan" is no context word, as it is also a surname
    /// ("Mr Tan", "Tan Wei Ming") and a colour: only the capitals after a German article or
    /// possessive, or before "lautet", "ist", "war", "is", "was" or a colon, announce a code here.
    /// </summary>
    private static void TryTans(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var at = text.IndexOf("TAN", StringComparison.Ordinal); at >= 0;
            at = text[(at + 3)..].IndexOf("TAN", StringComparison.Ordinal) is var n and >= 0 ? at + 3 + n : -1)
        {
            var i = context.TokenIndexAt(at);
            if (i >= tokens.Length || tokens[i].Start != at || tokens[i].Length != 3)
            {
                continue; // inside a word: "TANGO", "mobileTAN" (a context word of its own)
            }

            var announced = Personal.TokenText.IsAnyAt(text, tokens, i - 1, ["die", "meine", "deine", "ihre", "eine", "der", "neue"])
                || Personal.TokenText.IsAnyAt(text, tokens, i + 1, ["lautet", "ist", "war", "is", "was"])
                || text[tokens[i].End..].TrimStart(' ').StartsWith(':');
            if (!announced || !TryFindValue(context, tokens[i].End, out var start, out var connector, out _)
                || connector == Connector.None || !SecretValue.TryRead(text, start, out var valueStart, out var valueEnd))
            {
                continue;
            }

            if (IsCode(text, text[valueStart..valueEnd], valueStart, ref valueEnd, allowAlnum: true))
            {
                context.Add(DataClasses.OneTimeCode, valueStart, valueEnd, AnnouncedScore, "credentials.announced", null, ContextKinds.OneTimeCode);
            }
        }
    }

    /// <summary>
    /// PINs tried at a lock without a word announcing them: "tried 4471, then 7144, then 1447 and now
    /// my debit card is blocked", "probé 1980, luego 0819 ... la tarjeta está bloqueada". Four digits
    /// right after a verb of trying, when the same sentence says something was blocked, locked,
    /// declined or wrong; not a round number ("entered 1000 and it was declined" is an amount).
    /// </summary>
    private static void TryGuessesAtALock(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        foreach (var digits in context.DigitTokens)
        {
            // The word before is read from the digits' own neighbourhood (one space, then the previous
            // token's length), not from the token array, which on a long text lies far away; with
            // another gap ("tried, 4471") the slice is no verb and the digits are passed over.
            var i = digits.Index;
            var wordStart = digits.Start - 1 - digits.PreviousLength;
            if (digits.Length != 4 || !digits.Is(TokenShape.AllDigits) || digits.PreviousLength is < 3 or > 10
                || (digits.PreviousShape & TokenShape.HasLetter) == 0 || text[digits.Start - 1] != ' '
                || !GuessVerbs.Contains(text.Slice(wordStart, digits.PreviousLength))
                || text.Slice(digits.Start + 2, 2) is "00" || !EndsClause(text, digits.End) || !LockSaidNear(text, tokens, i))
            {
                continue;
            }

            context.Add(DataClasses.Pin, digits.Start, digits.End, WeakCodeScore, "credentials.announced", null, ContextKinds.Pin);
            TrySecondValue(context, digits.Start, digits.End, Connector.None, DataClasses.Pin, WeakCodeScore, ContextKinds.Pin);
        }
    }

    /// <summary>
    /// In the sentence of token <paramref name="index"/>: a word of a lock refusing ("blocked",
    /// "declined", "bloqueada", "gesperrt") and a card or cash machine ("card", "ATM", "tarjeta",
    /// "Karte"), and no word naming another number ("amount", "postcode", "extension", "flight",
    /// "room", "year", "expiry", "promo", "Betrag", "PLZ"...), which a tried number could as well be.
    /// </summary>
    private static bool LockSaidNear(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        bool refused = false, card = false;
        for (var k = Math.Max(0, index - MaxLockDistance); k < tokens.Length && k <= index + MaxLockDistance; k++)
        {
            var between = k < index ? text[tokens[k].End..tokens[index].Start] : k > index ? text[tokens[index].End..tokens[k].Start] : [];
            if (k == index || between.ContainsAny(SentenceEnds))
            {
                continue; // the tried digits themselves, or another sentence
            }

            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if (TriedNumberNamers.Contains(word))
            {
                return false;
            }

            refused |= LockWords.Contains(word);
            card |= LockedThings.Contains(word);
        }

        return refused && card;
    }

    /// <summary>"login alice@example.com / Xy7!pq": a login, a slash, and a secret-looking value.</summary>
    private static void TryLoginPairs(ScanContext context)
    {
        var text = context.Text;
        var from = 0;
        while (from < text.Length)
        {
            var slash = text[from..].IndexOf(" / ", StringComparison.Ordinal);
            if (slash < 0)
            {
                return;
            }

            slash += from;
            from = slash + 3;
            var leftStart = slash;
            while (leftStart > 0 && !char.IsWhiteSpace(text[leftStart - 1]) && slash - leftStart <= SecretValue.MaxLength)
            {
                leftStart--;
            }

            var left = text[leftStart..slash];
            var login = left.Length > 0 && (left.Contains('@') || (leftStart > 0 && PrecededByLoginWord(context, leftStart)));
            if (!login || !SecretValue.TryRead(text, from, out var valueStart, out var valueEnd))
            {
                continue;
            }

            var value = text[valueStart..valueEnd];
            if (value.Length >= 6 && LooksSecret(value) && !IsDigits(value) && value.IndexOf('/') < 0)
            {
                context.Add(DataClasses.Password, valueStart, valueEnd, PairScore, "credentials.announced", null, ContextKinds.Password);
            }
        }
    }

    private static bool PrecededByLoginWord(ScanContext context, int position)
    {
        var k = context.TokenIndexAt(position) - 1;
        return k >= 0 && k < context.TokenCount
            && LoginWords.Contains(context.Text.Slice(context.Tokens[k].Start, context.Tokens[k].Length));
    }

    /// <summary>"🔑 Xy7!pq": the key emoji announces a password as plainly as "pw:".</summary>
    private static void TryKeyEmoji(ScanContext context)
    {
        var text = context.Text;
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(KeyEmoji, StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            from += at + KeyEmoji.Length;
            var p = SkipSpaces(text, from, newlines: false);
            if (p < text.Length && text[p] is ':' or '=')
            {
                p = SkipSpaces(text, p + 1, newlines: false);
            }

            if (p == from && p < text.Length && char.IsLetterOrDigit(text[p]))
            {
                continue; // glued to a word: decoration, not an announcement
            }

            if (SecretValue.TryRead(text, p, out var valueStart, out var valueEnd))
            {
                var value = text[valueStart..valueEnd];
                if (value.Length >= 4 && (LooksSecret(value) || IsPassphrase(value)) && !IsDigits(value))
                {
                    context.Add(DataClasses.Password, valueStart, valueEnd, PairScore, "credentials.announced", null, ContextKinds.Password);
                }
            }
        }
    }

    /// <summary>"I got 583920 by sms", "received 5839 via text": a code named by how it arrived.</summary>
    private static void TrySentBy(ScanContext context, int index)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var word = text.Slice(tokens[index].Start, tokens[index].Length);
        if (!(word.Equals("sms", StringComparison.OrdinalIgnoreCase) || word.Equals("text", StringComparison.OrdinalIgnoreCase))
            || index < 2 || tokens[index].Start - tokens[index - 1].End != 1)
        {
            return;
        }

        var via = text.Slice(tokens[index - 1].Start, tokens[index - 1].Length);
        if (!(via.Equals("by", StringComparison.OrdinalIgnoreCase) || via.Equals("via", StringComparison.OrdinalIgnoreCase)
            || via.Equals("per", StringComparison.OrdinalIgnoreCase) || via.Equals("par", StringComparison.OrdinalIgnoreCase)
            || via.Equals("por", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var code = tokens[index - 2];
        var codeStart = code.Start;
        if (tokens[index - 1].Start - code.End != 1 || !code.Is(TokenShape.AllDigits))
        {
            return;
        }

        // "583 920 by sms"
        if (code.Length == 3 && index >= 3 && code.Start - tokens[index - 3].End == 1 && text[code.Start - 1] is ' ' or '-'
            && tokens[index - 3].Is(TokenShape.AllDigits) && tokens[index - 3].Length == 3)
        {
            codeStart = tokens[index - 3].Start;
        }
        else if (code.Length is < 4 or > 8)
        {
            return;
        }

        if ((codeStart > 0 && !char.IsWhiteSpace(text[codeStart - 1]) && !SecretValue.IsQuote(text[codeStart - 1]))
            || (context.ContextBefore(codeStart, 3) & ContextKinds.Benign) != ContextKinds.None)
        {
            return;
        }

        context.Add(DataClasses.OneTimeCode, codeStart, code.End, AnnouncedScore, "credentials.announced", null, ContextKinds.OneTimeCode);
    }

    private static void Announce(ScanContext context, int first, int last, ContextKinds kinds)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var anchor = text.Slice(tokens[first].Start, tokens[first].Length);
        DataClass dataClass;
        var weak = false;
        var bareCode = false;
        var passcode = false;
        if ((kinds & ContextKinds.Pin) != ContextKinds.None)
        {
            if (Personal.TokenText.IsAnyAt(text, tokens, last + 1, ["reader", "pad", "machine", "terminal", "entry"]))
            {
                return; // "the pin reader shows 000 000": a device
            }

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

            if (Government.PassportRecognizer.IsGermanPass(text, tokens, last))
            {
                return; // "mein Pass: K4R19T7HW" is a passport
            }

            weak = first == last && anchor.Equals("pass", StringComparison.OrdinalIgnoreCase);
            passcode = word.StartsWith("passcode", StringComparison.OrdinalIgnoreCase);
            if (first >= 2 && Personal.TokenText.Is(text, tokens[first - 1], "time") && Personal.TokenText.Is(text, tokens[first - 2], "one"))
            {
                (dataClass, kinds) = (DataClasses.OneTimeCode, ContextKinds.OneTimeCode); // "the one-time password for the transfer is …"
            }
        }
        else
        {
            dataClass = DataClasses.OneTimeCode;
            if (first == last && IsBareCode(anchor))
            {
                bareCode = true;
                if (IsAccessCode(text, tokens, first))
                {
                    // "key safe code", "alarm code", "door code": a PIN the customer owns, not a code sent.
                    (dataClass, kinds, bareCode, weak) = (DataClasses.Pin, ContextKinds.Pin, false, false);
                }
                else if (!TryJudgeBareCode(context, first, out weak)
                    || (first + 1 < tokens.Length && CodeBlockers.Contains(text.Slice(tokens[first + 1].Start, tokens[first + 1].Length))))
                {
                    return; // "código postal", "code promo"
                }
            }
        }

        if (!TryFindValue(context, tokens[last].End, out var start, out var connector, out var skipped))
        {
            TryBackward(context, first, dataClass, weak, kinds);
            return;
        }

        if (!SecretValue.TryRead(text, start, out var valueStart, out var valueEnd))
        {
            TryBackward(context, first, dataClass, weak, kinds);
            return;
        }

        if (bareCode && (skipped & Skipped.Lock) != 0)
        {
            // "el código de la alarma es 9182", "le code de mon répondeur c'est 1357", "Code für den Schlüsseltresor"
            (dataClass, kinds, bareCode, weak) = (DataClasses.Pin, ContextKinds.Pin, false, false);
        }
        else if (bareCode && (skipped & Skipped.OtherCode) != 0)
        {
            return; // "el código del pedido es el 558812", "mon code client est 558812"
        }

        if (bareCode && (skipped & Skipped.Sent) != 0)
        {
            weak = false; // "the code I received by sms is ..."
        }

        var value = text[valueStart..valueEnd];

        // A numeric passcode is a PIN, or a one-time code when announced as one ("one-time passcode 583920").
        if (passcode && IsDigits(value))
        {
            dataClass = first > 0 && IsStrengthener(context, first - 1) ? DataClasses.OneTimeCode : DataClasses.Pin;
            kinds = dataClass == DataClasses.Pin ? ContextKinds.Pin : ContextKinds.OneTimeCode;
        }

        double score;
        if (dataClass == DataClasses.Password)
        {
            if (weak && connector == Connector.None && LooksLoginPair(context, first))
            {
                weak = false; // "login alice@example.com pass X"
            }

            // "the password must be 8-64 chars": a length.
            score = IsUnitAfter(text, valueEnd, LengthUnits) ? 0 : ScorePassword(context, value, valueStart, connector, weak);
        }
        else
        {
            var strongOtp = dataClass == DataClasses.OneTimeCode && !weak;
            if (!IsCode(text, value, valueStart, ref valueEnd, strongOtp))
            {
                TryBackward(context, first, dataClass, weak, kinds);
                return;
            }

            if (dataClass == DataClasses.Pin && valueEnd - valueStart >= 6 && IsPostalPin(context, last, valueEnd))
            {
                return;
            }

            score = weak ? WeakCodeScore : AnnouncedScore;
        }

        if (score <= 0)
        {
            TryBackward(context, first, dataClass, weak, kinds);
            return;
        }

        context.Add(dataClass, valueStart, valueEnd, score, "credentials.announced", null, kinds);
        TrySecondValue(context, valueStart, valueEnd, connector, dataClass, score, kinds);
    }

    /// <summary>
    /// Values after the first: the new one after an old one ("change my pin from 1234 to 5678", "old
    /// password was X, new one is Y", "and I changed it to Y"), or more guesses at the same secret
    /// ("my pin is 0482 I think, or maybe 0428", "tried pin 8190 then 8109", "4821 ou le 4812").
    /// </summary>
    private static void TrySecondValue(ScanContext context, int firstStart, int firstEnd, Connector connector, DataClass dataClass, double score, ContextKinds kinds)
    {
        var end = firstEnd;
        for (var values = 1; values < MaxGuesses; values++)
        {
            if (!TryNextValue(context, firstStart, firstEnd, end, connector, dataClass, out var valueStart, out var valueEnd))
            {
                return;
            }

            context.Add(dataClass, valueStart, valueEnd, score, "credentials.announced", null, kinds);
            end = valueEnd;
        }
    }

    /// <summary>The value after the one ending at <paramref name="end"/> that is another value of the first's secret.</summary>
    private static bool TryNextValue(ScanContext context, int firstStart, int firstEnd, int end, Connector connector, DataClass dataClass,
        out int valueStart, out int valueEnd)
    {
        valueStart = valueEnd = -1;
        var text = context.Text;
        var p = SkipHedge(text, SkipSpaces(text, end, newlines: false));
        if (p < text.Length && text[p] == ',')
        {
            p = SkipSpaces(text, p + 1, newlines: false);
        }

        // "old password was X and the new one is Y", "9034 or maybe 9043", "8190 and then 8109", "4821 ou le 4812"
        var guess = false;
        foreach (var joiner in (ReadOnlySpan<string>)["and", "y", "et", "und", "but", "or", "ou", "o", "oder", "then", "luego", "después",
            "puis", "ensuite", "dann", "maybe", "perhaps", "possibly", "else", "the"])
        {
            if (StartsWithWord(text, p, joiner))
            {
                p = SkipSpaces(text, p + joiner.Length, newlines: false);
                guess |= joiner is "or" or "ou" or "o" or "oder" or "then" or "luego" or "después" or "puis" or "ensuite" or "dann"
                    or "maybe" or "perhaps" or "possibly";
            }
        }

        if (guess && p + 3 < text.Length && text.Slice(p, 2) is "le" or "el" or "la" && text[p + 2] == ' ' && char.IsAsciiDigit(text[p + 3]))
        {
            p += 3;
        }

        // Without a connector of its own the value is unannounced, and has to show it is one.
        var next = -1;
        var unannounced = false;
        if (connector == Connector.Weak && StartsWithWord(text, p, "to"))
        {
            next = SkipSpaces(text, p + 2, newlines: false);
        }
        else if (StartsWithWord(text, p, "new"))
        {
            // "new one is", "new one:", "new is", "new:", "new one ist"...
            var q = SkipSpaces(text, p + 3, newlines: false);
            if (StartsWithWord(text, q, "one"))
            {
                q = SkipSpaces(text, q + 3, newlines: false);
            }

            if (TryConnector(context, q, out var after, out var second, pronouns: false) && second != Connector.Weak)
            {
                next = after;
            }
            else if (q > p + 3)
            {
                (next, unannounced) = (q, true); // "and the new one Rover2016!", "the new Rover2016!": checked below as unannounced
            }
        }
        else if (StartsWithWord(text, p, "mine") && TryConnector(context, SkipSpaces(text, p + 4, newlines: false), out var afterMine, out var mine, pronouns: false)
            && mine != Connector.Weak)
        {
            next = afterMine; // "Ama's pin is 7301 and mine is 1703"
        }
        else if (TryChangedItTo(text, p, out var changedTo))
        {
            (next, unannounced) = (changedTo, true); // "and I changed it to Fenn3lSeed!!2"
        }
        else if (guess)
        {
            next = p;
        }
        else
        {
            return false;
        }

        if (next <= end || next >= text.Length || !SecretValue.TryRead(text, next, out valueStart, out valueEnd))
        {
            return false;
        }

        var value = text[valueStart..valueEnd];
        if (dataClass == DataClasses.Password)
        {
            if (!LooksSecret(value) || value.Length < 4)
            {
                return false;
            }

            // A guess is a variant of the first ("Harbor#12 or Harbor#21"); a new value needs more than
            // letters, and to be a variant or end the clause: "or 10am", "then COVID-19 hit", "the new
            // one v2.3 app" are no passwords.
            var variant = SecretValue.SharesFourChars(value, text[firstStart..firstEnd]);
            if (!unannounced)
            {
                return !guess || variant; // announced ("the new one is X"), or a guess that is a variant
            }

            return !IsAllLetters(value) && (variant || EndsClause(text, valueEnd));
        }

        if (!IsCode(text, value, valueStart, ref valueEnd, false))
        {
            return false;
        }

        // "then 3 more tries", "and then 1500 was taken", "or 2019 when I opened the account", "changed it to 1000 daily limit"
        return (!guess || DigitCount(text[valueStart..valueEnd]) == DigitCount(text[firstStart..firstEnd]))
            && (!(guess || unannounced) || EndsClause(text, valueEnd));
    }

    /// <summary>
    /// True when the value ending at <paramref name="at"/> ends its clause: the text ends, a mark
    /// follows, or a word that starts another ("and", "but", "neither"), not a noun or a verb of its
    /// own ("1500 was taken", "0930 this morning", "558812 which is my order number").
    /// </summary>
    private static bool EndsClause(ReadOnlySpan<char> text, int at)
    {
        var p = SkipSpaces(text, at, newlines: false);
        if (p >= text.Length || !char.IsLetterOrDigit(text[p]))
        {
            return true;
        }

        var wordEnd = p;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '\''))
        {
            wordEnd++;
        }

        return wordEnd > p && ClauseStarts.Contains(text[p..wordEnd]);
    }

    /// <summary>Skips "I think", "I guess", "probably" and the marks after it between a value and what follows it.</summary>
    private static int SkipHedge(ReadOnlySpan<char> text, int p)
    {
        var q = p;
        if (StartsWithWord(text, q, "i"))
        {
            q = SkipSpaces(text, q + 1, newlines: false);
            if (!StartsWithWord(text, q, "think") && !StartsWithWord(text, q, "guess") && !StartsWithWord(text, q, "believe"))
            {
                return p;
            }
        }
        else if (!StartsWithWord(text, q, "probably"))
        {
            return p;
        }

        while (q < text.Length && char.IsAsciiLetter(text[q]))
        {
            q++;
        }

        while (q < text.Length && text[q] is '?' or '!')
        {
            q++;
        }

        return SkipSpaces(text, q, newlines: false);
    }

    /// <summary>"I changed it to", "changed it to", "set it to", "reset it to": where the new value starts.</summary>
    private static bool TryChangedItTo(ReadOnlySpan<char> text, int p, out int after)
    {
        after = -1;
        if (StartsWithWord(text, p, "i"))
        {
            p = SkipSpaces(text, p + 1, newlines: false);
        }

        var verbEnd = p;
        while (verbEnd < text.Length && char.IsAsciiLetter(text[verbEnd]))
        {
            verbEnd++;
        }

        var verb = text[p..verbEnd];
        if (!verb.StartsWith("chang", StringComparison.OrdinalIgnoreCase) && !verb.Equals("set", StringComparison.OrdinalIgnoreCase)
            && !verb.Equals("reset", StringComparison.OrdinalIgnoreCase) && !verb.Equals("updated", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var q = SkipSpaces(text, verbEnd, newlines: false);
        if (q == verbEnd || !StartsWithWord(text, q, "it"))
        {
            return false;
        }

        q = SkipSpaces(text, q + 2, newlines: false);
        if (!StartsWithWord(text, q, "to"))
        {
            return false;
        }

        after = SkipSpaces(text, q + 2, newlines: false);
        return true;
    }

    private static bool HasLetter(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"contraseña incorrecta", "Passwort falsch": the password word is said to be wrong, so what stands before it is an error's.</summary>
    private static bool ErrorWordAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int anchor) =>
        Personal.TokenText.IsAnyAt(text, tokens, anchor + 1,
            ["incorrecta", "incorrecto", "inválida", "invalida", "errónea", "erronea", "falsch", "ungültig", "ungultig", "incorrect", "invalid", "wrong"]);

    private static bool IsAllLetters(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitCount(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// A value written before its announcement: "583920 is the code you sent me", "is Xy7!pq a strong
    /// enough password?", "hunter2! as my password".
    /// </summary>
    private static void TryBackward(ScanContext context, int first, DataClass dataClass, bool weak, ContextKinds kinds)
    {
        var text = context.Text;
        var p = context.Tokens[first].Start;
        var fillers = 0;
        var connectorBefore = false;
        var asWord = false; // "como" or "als" with no article: the value must hold a letter and a digit
        for (var words = 0; words < 4; words++)
        {
            var wordEnd = p;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            if (wordEnd == p && words > 0)
            {
                return;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || (wordStart > 0 && text[wordStart - 1] != ' '))
            {
                if (fillers == 0)
                {
                    return;
                }

                p = wordEnd; // "is Xy7!pq a strong password?": the value, not a word
                break;
            }

            var word = text[wordStart..wordEnd];
            p = wordStart;
            if (Connectors.Contains(word) || word.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                connectorBefore = true; // "X is the code", "hunter2! as my password"
                break;
            }

            // "Madrid2024 como contraseña", "Sommer22 als Passwort": Spanish and German say "as" with no
            // article; not "FaceID como contraseña" (a way in), "E-4021 como contraseña incorrecta" (an error).
            if (fillers == 0 && word is "como" or "als" && !ErrorWordAfter(text, context.Tokens, first))
            {
                connectorBefore = true;
                fillers = 1;
                asWord = true;
                break;
            }

            if (!BackwardFillers.Contains(word))
            {
                // "is X a strong password?": the value itself comes right before the fillers.
                if (fillers == 0)
                {
                    return;
                }

                p = wordEnd;
                break;
            }

            fillers++;
        }

        if (fillers == 0 || p == 0)
        {
            return;
        }

        // The value: the whitespace-delimited chunk that ends before p.
        var chunkEnd = p;
        while (chunkEnd > 0 && text[chunkEnd - 1] == ' ')
        {
            chunkEnd--;
        }

        var chunkStart = chunkEnd;
        while (chunkStart > 0 && !char.IsWhiteSpace(text[chunkStart - 1]) && chunkEnd - chunkStart <= SecretValue.MaxLength)
        {
            chunkStart--;
        }

        if (chunkStart == chunkEnd || !SecretValue.TryRead(text[..chunkEnd], chunkStart, out var valueStart, out var valueEnd))
        {
            return;
        }

        // Without "is" between them the value needs one before it: "is X a good password?".
        if (!connectorBefore && !PrecededByConnector(text, chunkStart))
        {
            return;
        }

        var value = text[valueStart..valueEnd];
        double score;
        if (dataClass == DataClasses.Password)
        {
            if (weak || !LooksSecret(value) || value.Length < 5 || IsDigits(value)
                || (asWord && !(value.ContainsAny(AsciiSets.Digits) && HasLetter(value))))
            {
                return;
            }

            score = AnnouncedScore;
        }
        else
        {
            if (!IsDigits(value) || value.Length is < 4 or > 8
                || (context.ContextBefore(valueStart, 3) & ContextKinds.Benign) != ContextKinds.None)
            {
                return;
            }

            score = weak ? WeakCodeScore : AnnouncedScore;
        }

        context.Add(dataClass, valueStart, valueEnd, score, "credentials.announced", null, kinds);
    }

    private static bool PrecededByConnector(ReadOnlySpan<char> text, int p)
    {
        var end = p;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 8)
        {
            start--;
        }

        return end > start && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && Connectors.Contains(text[start..end]);
    }

    /// <summary>"login alice@example.com pass X", "user bob pass X": a login before an unannounced "pass".</summary>
    private static bool LooksLoginPair(ScanContext context, int index)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var from = Math.Max(0, tokens[index].Start - 64);
        if (text[from..tokens[index].Start].Contains('@'))
        {
            return true;
        }

        for (var k = index - 1; k >= 0 && k >= index - 4; k--)
        {
            if (LoginWords.Contains(text.Slice(tokens[k].Start, tokens[k].Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"PIN code 110001, do you deliver there?": an Indian postal code, not a secret.</summary>
    private static bool IsPostalPin(ScanContext context, int anchorLast, int valueEnd)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var k = context.TokenIndexAt(valueEnd);
        for (var n = 0; n < 6 && k < context.TokenCount; n++, k++)
        {
            if (PostalWords.Contains(text.Slice(tokens[k].Start, tokens[k].Length)))
            {
                return true;
            }
        }

        return (context.ContextBefore(tokens[anchorLast].Start, 4) & (ContextKinds.Address | ContextKinds.Postcode)) != ContextKinds.None;
    }

    private static bool IsStrengthener(ScanContext context, int index) =>
        CodeStrengtheners.Contains(context.Text.Slice(context.Tokens[index].Start, context.Tokens[index].Length));

    private static bool StartsWithWord(ReadOnlySpan<char> text, int p, string word) =>
        p + word.Length <= text.Length && text.Slice(p, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (p + word.Length == text.Length || !char.IsLetterOrDigit(text[p + word.Length]));

    private static bool IsDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExcept(AsciiSets.Digits);

    private static double ScorePassword(ScanContext context, ReadOnlySpan<char> value, int valueStart, Connector connector, bool weakAnchor)
    {
        if (!HasLetter(value) && !value.ContainsAny(AsciiSets.Digits))
        {
            return 0; // "passcode: / Me: …", "password: -": marks, not a password
        }

        var secretLike = LooksSecret(value) || IsPassphrase(value);
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

            if (weakAnchor || connector is Connector.None or Connector.Weak || (value.Length < 3 && connector != Connector.Symbol))
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

        if (connector is Connector.None or Connector.Weak)
        {
            // Right after the announcing word ("passwd Xy7!pq") the value is as good as announced.
            return value.Length >= 4 && !(connector == Connector.Weak && IsDigits(value) && value.Length < 6)
                ? (weakAnchor ? PlainWordScore : DirectScore) : 0;
        }

        // "my password is 12 characters long" gives a number that is not the password.
        if (!value.ContainsAnyExcept(AsciiSets.Digits) && value.Length < 4)
        {
            return 0;
        }

        return weakAnchor ? PlainWordScore : AnnouncedScore;
    }

    /// <summary>
    /// A verb of changing in the same sentence, in the 60 chars before <paramref name="p"/> ("j'ai
    /// changé le mot de passe pour") or the 40 after ("die PIN zu 1234 geändert");
    /// <paramref name="spanish"/> says it was Spanish ("cambié", "cambiado").
    /// </summary>
    private static bool ChangedNear(ReadOnlySpan<char> text, int p, out bool spanish)
    {
        spanish = false;
        var before = text[Math.Max(0, p - 60)..p];
        var stop = before.LastIndexOfAny(".!?\n");
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        var after = text[p..Math.Min(text.Length, p + 40)];
        stop = after.IndexOfAny(".!?\n");
        if (stop >= 0)
        {
            after = after[..stop];
        }

        foreach (var stem in ChangeStems)
        {
            if (before.Contains(stem, StringComparison.OrdinalIgnoreCase) || after.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                spanish = stem == "cambi";
                return true;
            }
        }

        return false;
    }

    /// <summary>Three or more words of three letters or more joined by hyphens: "correct-horse-battery".</summary>
    private static bool IsPassphrase(ReadOnlySpan<char> value)
    {
        var segments = 0;
        var run = 0;
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (run < 3)
                {
                    return false;
                }

                segments++;
                run = 0;
            }
            else if (char.IsLetter(c))
            {
                run++;
            }
            else
            {
                return false;
            }
        }

        return run >= 3 && segments >= 2;
    }

    /// <summary>Digits, symbols, or a capital after the first letter.</summary>
    private static bool LooksSecret(ReadOnlySpan<char> value)
    {
        var innerUpper = false;
        var lower = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c) || !(char.IsLetter(c) || c == '\'' || c == '-'))
            {
                return true;
            }

            innerUpper |= i > 0 && char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        // Inner capitals count in mixed case only: "POLICY" in a shouted sentence is a word.
        return innerUpper && lower;
    }

    /// <summary>" 21" at <paramref name="at"/>: a space and two digits, not followed by a third.</summary>
    private static bool IsSpacedPair(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && text[at] == ' ' && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    /// <summary>"20 30 40 minutes": a time unit right after the digits makes them durations.</summary>
    private static bool IsTimeUnitAfter(ReadOnlySpan<char> text, int at) =>
        IsUnitAfter(text, at, ["min", "mins", "minutes", "hours", "hrs", "seconds", "secs", "days"]);

    /// <summary>Units of a password's length: "8-64 chars", "12 caractères", "10 Zeichen".</summary>
    private static readonly string[] LengthUnits =
        ["chars", "char", "characters", "character", "caracteres", "caractères", "zeichen", "digits", "letters", "long"];

    /// <summary>True when one of <paramref name="units"/> follows at <paramref name="at"/>, after spaces.</summary>
    private static bool IsUnitAfter(ReadOnlySpan<char> text, int at, ReadOnlySpan<string> units)
    {
        var rest = text[at..].TrimStart(' ');
        foreach (var unit in units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (rest.Length == unit.Length || !char.IsAsciiLetter(rest[unit.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A PIN or one-time code: 4-8 digits, "583 920"/"583-920", "48 21 93", "12 34 56 78", or (announced as a one-time code) 6-8 letters and digits.</summary>
    private static bool IsCode(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int valueStart, ref int valueEnd, bool allowAlnum)
    {
        if (!value.ContainsAnyExcept(AsciiSets.Digits))
        {
            if (value.Length is >= 4 and <= 8)
            {
                return true;
            }

            // "583 920": two groups of three digits, and no third ("612 384 907" is a phone).
            if (value.Length == 3 && valueEnd + 4 <= text.Length && text[valueEnd] is ' ' or '-'
                && !text.Slice(valueEnd + 1, 3).ContainsAnyExcept(AsciiSets.Digits)
                && (valueEnd + 4 == text.Length || !char.IsAsciiLetterOrDigit(text[valueEnd + 4]))
                && !(valueEnd + 5 < text.Length && text[valueEnd + 4] is ' ' or '-' && char.IsAsciiDigit(text[valueEnd + 5])))
            {
                valueEnd += 4;
                return true;
            }

            // "8 8 1 3", "2 0 9 4 7 1": four to eight digits typed one by one with a space between.
            if (value.Length == 1)
            {
                var single = 1;
                var at = valueEnd;
                while (single < 9 && at + 2 <= text.Length && text[at] == ' ' && char.IsAsciiDigit(text[at + 1])
                    && (at + 2 == text.Length || !char.IsAsciiLetterOrDigit(text[at + 2])))
                {
                    single++;
                    at += 2;
                }

                if (single is >= 4 and <= 8 && !IsTimeUnitAfter(text, at))
                {
                    valueEnd = at;
                    return true;
                }

                return false;
            }

            // "48 21 93", "12 34 56 78": three or four groups of two digits, and no more.
            if (value.Length == 2)
            {
                var pairs = 1;
                var at = valueEnd;
                while (pairs < 4 && IsSpacedPair(text, at))
                {
                    pairs++;
                    at += 3;
                }

                if (pairs >= 3 && !IsSpacedPair(text, at) && (at == text.Length || !char.IsAsciiLetterOrDigit(text[at]))
                    && !IsTimeUnitAfter(text, at))
                {
                    valueEnd = at;
                    return true;
                }
            }

            return false;
        }

        if (value.Length == 7 && value[3] == '-' && !value[..3].ContainsAnyExcept(AsciiSets.Digits)
            && !value[4..].ContainsAnyExcept(AsciiSets.Digits))
        {
            return true;
        }

        // "K7Q2PM", and with one hyphen between two groups of three or more, "K7Q-2PM".
        var dash = value.IndexOf('-');
        var length = dash < 0 ? value.Length : value.Length - 1;
        if (!allowAlnum || length is < 6 or > 8 || valueStart < 0 || (dash >= 0 && (dash < 3 || value.Length - dash - 1 < 3)))
        {
            return false;
        }

        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!char.IsAsciiLetterUpper(c) && i != dash)
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

        /// <summary>"to", "from", "it's", "I typed": leads to a value only when it looks like one.</summary>
        Weak,
    }

    /// <summary>What the words skipped between an announcement and its value say about a bare "code".</summary>
    [Flags]
    private enum Skipped
    {
        None = 0,

        /// <summary>That it was sent, so it is a one-time code: "code reçu par sms", "the code I received by text".</summary>
        Sent = 1,

        /// <summary>That it is some other code: "code de réservation", "código del pedido".</summary>
        OtherCode = 2,

        /// <summary>That it opens a lock, so it is a PIN: "el código de la alarma", "Code für den Schlüsseltresor".</summary>
        Lock = 4,
    }

    /// <summary>
    /// Finds where the value starts after the announcement ending at <paramref name="position"/>;
    /// <paramref name="skipped"/> says what the words skipped on the way say about a bare "code".
    /// </summary>
    private static bool TryFindValue(ScanContext context, int position, out int start, out Connector connector, out Skipped skipped)
    {
        var text = context.Text;
        connector = Connector.None;
        skipped = Skipped.None;
        var chosen = false;      // a verb of choosing was skipped: "the PIN I chose at the branch (2708)"
        var numberNamed = false; // a word naming another number was: "the pin for my visa (4821)"
        var p = SkipSpaces(text, position, newlines: false);
        if (p < text.Length && text[p] == '#')
        {
            p = SkipSpaces(text, p + 1, newlines: false);
        }

        // "verification code (739204)"
        if (p + 1 < text.Length && text[p] == '(' && char.IsAsciiDigit(text[p + 1]))
        {
            p++;
        }

        start = p;
        if (p >= text.Length)
        {
            return false;
        }

        if (TryConnector(context, p, out var afterConnector, out connector))
        {
            start = afterConnector;

            // "Bot: enter your passcode: / Me: 5 1 8 2 0 4": the prompt's colon, then the customer's turn.
            if (start < text.Length && text[start] is '/' or '|' && TryTranscriptTurn(text, start, out var replyStart))
            {
                (start, connector) = (replyStart, Connector.Weak);
            }

            return start < text.Length;
        }

        // "Account PIN (set in store today): 7720": a remark in brackets between the word and its connector.
        if (text[p] == '(' && TrySkipRemark(text, p, afterWords: false, out var afterRemark) && TryConnector(context, afterRemark, out afterConnector, out connector)
            && connector != Connector.Weak)
        {
            start = afterConnector;
            return start < text.Length;
        }

        // "my card PIN, it's 7193": a comma, then a pronoun pointing back at the announcement.
        if (text[p] == ',' && TryConnector(context, SkipSpaces(text, p + 1, newlines: false), out afterConnector, out var weak) && weak == Connector.Weak
            && (CodeDigitsAt(text, afterConnector) || !DigitsAt(text, afterConnector)))
        {
            (start, connector) = (afterConnector, weak);
            return start < text.Length;
        }

        // "the password for my bank account is ...", "enter code, I typed ...": a few plain words
        // (a comma allowed after each), then a connector.
        var q = p;
        for (var words = 0; words < MaxWordsBeforeConnector; words++)
        {
            if (q < text.Length && text[q] == ',')
            {
                q = SkipSpaces(text, q + 1, newlines: false);
            }

            // A word may hold hyphens between letters ("Sein Passwort fürs Online-Banking ist …") and an
            // apostrophe ("The PIN I'm entering is …").
            var wordEnd = q;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd])
                || (text[wordEnd] is '-' or '\'' or '\u2019' && wordEnd > q && wordEnd + 1 < text.Length && char.IsLetter(text[wordEnd + 1]))))
            {
                wordEnd++;
            }

            if (wordEnd == q || wordEnd >= text.Length || text[wordEnd] is not (' ' or ',' or ':'))
            {
                break;
            }

            var bridgedWord = text[q..wordEnd];
            skipped |= (DeliveryWords.Contains(bridgedWord) || CodeStrengtheners.Contains(bridgedWord) ? Skipped.Sent : 0)
                | (CodeBlockers.Contains(bridgedWord) ? Skipped.OtherCode : 0)
                | (AccessWords.Contains(bridgedWord) ? Skipped.Lock : 0);
            chosen |= ChoiceVerbs.Contains(bridgedWord);
            numberNamed |= NumberNamers.Contains(bridgedWord);
            q = wordEnd;
            if (text[q] == ',')
            {
                q++;
            }

            q = SkipSpaces(text, q, newlines: false);
            if (TryConnector(context, q, out afterConnector, out connector))
            {
                // "I didn't get the code, my number is 555 123 4567": a phone's digits after "my number".
                if (IsPhoneWord(bridgedWord) && PhoneDigitsAt(text, afterConnector))
                {
                    break;
                }

                start = afterConnector;
                return start < text.Length;
            }

            if (q + 1 < text.Length && text[q] == '(')
            {
                // "the PIN I chose at the branch (2708)": the value in brackets after a few words; not
                // the last digits of a card or an account ("the pin for card ending (4471)").
                if (char.IsAsciiDigit(text[q + 1]))
                {
                    if (!chosen || numberNamed || Prepositions.Contains(bridgedWord))
                    {
                        break; // "the pin for my visa (4821)", "the pin I set in (2019)"
                    }

                    (start, connector) = (q + 1, Connector.Weak);
                    return true;
                }

                // "el pin de la tarjeta nueva (la que caduca en octubre) es 8302"
                if (TrySkipRemark(text, q, afterWords: true, out var afterWordsRemark) && TryConnector(context, afterWordsRemark, out afterConnector, out connector)
                    && connector != Connector.Weak)
                {
                    start = afterConnector;
                    return start < text.Length;
                }
            }
        }

        if (TryTranscriptTurn(text, p, out var turn))
        {
            // "Bot: Enter your passcode / Me: 2 0 9 4 7 1"; weak, so a plain word ("Me: Priya?") is no password
            (start, connector) = (turn, Connector.Weak);
            return true;
        }

        connector = Connector.None;
        skipped = Skipped.None;
        return true;
    }

    /// <summary>
    /// The customer's turn of a pasted chat after the bot's prompt that announced the value: "/ Me:",
    /// "Yo:", "Moi :", "Ich:" a short way on; where the reply starts. Only the first person: "Customer:"
    /// and "User:" head a form's fields as often.
    /// </summary>
    private static bool TryTranscriptTurn(ReadOnlySpan<char> text, int p, out int start)
    {
        start = p;
        var window = text.Slice(p, Math.Min(MaxPromptTail, text.Length - p));
        for (var colon = window.IndexOf(':'); colon >= 0; colon = window[(colon + 1)..].IndexOf(':') is var n and >= 0 ? colon + 1 + n : -1)
        {
            // The word before the colon, and what stands before it: a turn opens the text, a line, or follows "/" or "|".
            var wordEnd = colon;
            while (wordEnd > 0 && window[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(window[wordStart - 1]))
            {
                wordStart--;
            }

            var before = window[..wordStart].TrimEnd(' ');
            if (wordStart < wordEnd && window[wordStart..wordEnd] is "Me" or "me" or "ME" or "Yo" or "yo" or "Moi" or "moi" or "Ich" or "ich"
                && (before.IsEmpty ? p > 0 && text[p - 1] is ' ' or '/' or '|' or '\n' : before[^1] is '/' or '|' or '\n'))
            {
                start = SkipSpaces(text, p + colon + 1, newlines: false);
                return start < text.Length;
            }
        }

        return false;
    }

    /// <summary>
    /// A bracketed remark of words at <paramref name="p"/>, short, on one line and naming no other
    /// number ("(booking ref)"): where what follows it starts. After words, the remark has to open
    /// with an article or a relative ("(la que caduca en octubre)", "(the one for the app)").
    /// </summary>
    private static bool TrySkipRemark(ReadOnlySpan<char> text, int p, bool afterWords, out int after)
    {
        after = p;
        var close = text.Slice(p, Math.Min(MaxRemark, text.Length - p)).IndexOfAny(')', '\n');
        if (close < 2 || text[p + close] != ')' || !char.IsLetter(text[p + 1]))
        {
            return false;
        }

        var first = true;
        for (var w = p + 1; w < p + close;)
        {
            var wordEnd = w;
            while (wordEnd < p + close && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text[w..wordEnd];
            if (wordEnd > w && (CodeBlockers.Contains(word) || NumberNamers.Contains(word) || (first && afterWords && !RemarkOpeners.Contains(word))))
            {
                return false;
            }

            first &= wordEnd == w;
            w = wordEnd + 1;
        }

        after = SkipSpaces(text, p + close + 1, newlines: false);
        return after < text.Length;
    }

    private static bool IsPhoneWord(ReadOnlySpan<char> word) =>
        word.Equals("number", StringComparison.OrdinalIgnoreCase) || word.Equals("phone", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mobile", StringComparison.OrdinalIgnoreCase) || word.Equals("cell", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when 9 to 15 digits in groups (joined by spaces, dashes or dots) start at <paramref name="at"/>: a phone number, not a code.</summary>
    private static bool PhoneDigitsAt(ReadOnlySpan<char> text, int at)
    {
        var p = at < text.Length && text[at] == '+' ? at + 1 : at;
        var digits = 0;
        while (p < text.Length && (char.IsAsciiDigit(text[p]) || (text[p] is ' ' or '-' or '.' && p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]) && digits > 0)))
        {
            digits += char.IsAsciiDigit(text[p]) ? 1 : 0;
            p++;
        }

        return digits is >= 9 and <= 15;
    }

    private static bool TryConnector(ScanContext context, int p, out int after, out Connector connector, bool pronouns = true)
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
            after = SkipPointer(text, SkipSpaces(text, q, newlines: true));
            return true;
        }

        // "pin's 7731", "password's hunter2": the keyword's "'s" is "is", when a value with a digit
        // follows (not the possessive of "the password's strength meter", "the passcode's validity").
        var isContracted = text[p] is '\'' or '\u2019' && p + 2 < text.Length && (text[p + 1] | 0x20) == 's' && text[p + 2] == ' '
            && WordHasDigit(text, SkipSpaces(text, p + 2, newlines: false));
        if (isContracted)
        {
            p++;
        }

        var end = p;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == p || (end < text.Length && char.IsAsciiDigit(text[end])))
        {
            return false;
        }

        var word = isContracted ? "is" : text[p..end];

        // French "c'est X" ("mon code PIN c'est 7291"), only before something secret-looking: "le mot
        // de passe c'est quoi ?" asks a question.
        if ((word is "c" or "C") && end + 4 < text.Length && text[end] is '\'' or '\u2019'
            && text.Slice(end + 1, 3).Equals("est", StringComparison.OrdinalIgnoreCase) && text[end + 4] == ' ')
        {
            after = SkipPointer(text, SkipSpaces(text, end + 4, newlines: false));
            if (!SecretLookingAt(text, after, digitsToo: true))
            {
                return false;
            }

            connector = Connector.Weak;
            return true;
        }

        // "it's X", "it is X": the pronoun points back at the announcement.
        if (pronouns && word.Equals("it", StringComparison.OrdinalIgnoreCase) && end + 2 < text.Length && text[end] is '\'' or '\u2019'
            && (text[end + 1] | 0x20) == 's' && text[end + 2] == ' ')
        {
            after = SkipSpaces(text, end + 2, newlines: false);
            if (!SecretLookingAt(text, after, digitsToo: false) && !CodeDigitsAt(text, after))
            {
                return false;
            }

            connector = Connector.Weak;
            return true;
        }

        if (pronouns && (word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("i", StringComparison.OrdinalIgnoreCase)))
        {
            // "it is X", "I typed X": the next word is the connector.
            var r0 = SkipSpaces(text, end, newlines: false);
            if (r0 == end || !TryConnector(context, r0, out after, out connector, pronouns: false))
            {
                return false;
            }

            connector = Connector.Weak;
            return true;
        }

        if (DisplayWords.Contains(word))
        {
            after = SkipSpaces(text, end, newlines: false);
            if (after == end || !SixDigitCodeAt(text, after))
            {
                return false;
            }

            connector = Connector.Weak;
            return true;
        }

        if (ChangeConnectors.Contains(word))
        {
            after = SkipSpaces(text, end, newlines: false);
            // English "a" is an article: "I've changed my PIN a 1000 times"; Spanish "cambié el pin a 4821" is not.
            if (after == end || !SecretLookingAt(text, after, digitsToo: false) || !ChangedNear(text, p, out var spanish)
                || (word is "a" or "A" && char.IsAsciiDigit(text[after]) && !spanish))
            {
                return false;
            }

            connector = Connector.Weak;
            return true;
        }

        if (WeakConnectors.Contains(word))
        {
            // Only in front of something secret-looking: "code from the text: 583920" reads on.
            after = SkipSpaces(text, end, newlines: false);
            if (after == end || !SecretLookingAt(text, after, digitsToo: false))
            {
                return false;
            }

            connector = Connector.Weak;
            return true;
        }

        if (!Connectors.Contains(word))
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
            else if (adverbEnd - r == 2 && adverbEnd + 1 < text.Length && text[adverbEnd] == ' ' && char.IsAsciiDigit(text[adverbEnd + 1])
                && text.Slice(r, 2) is "le" or "el" or "la")
            {
                r = adverbEnd + 1; // "mon code de vérification est le 318 640", "el pin es el 4471"
            }
            else if (text[r..adverbEnd] is "set" or "changed" or "reset" && StartsWithWord(text, SkipSpaces(text, adverbEnd, newlines: false), "to"))
            {
                r = SkipSpaces(text, SkipSpaces(text, adverbEnd, newlines: false) + 2, newlines: false); // "my pin was set to 0000"
            }
        }

        after = SkipPointer(text, r);
        return true;
    }

    /// <summary>True when the run of non-space chars at <paramref name="at"/> holds a digit.</summary>
    private static bool WordHasDigit(ReadOnlySpan<char> text, int at)
    {
        for (var i = at; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the value at <paramref name="at"/> looks like a secret (or is all digits, when <paramref name="digitsToo"/>).</summary>
    private static bool SecretLookingAt(ReadOnlySpan<char> text, int at, bool digitsToo)
    {
        if (!SecretValue.TryRead(text, at, out var start, out var end))
        {
            return false;
        }

        var value = text[start..end];
        return (digitsToo && IsDigits(value)) || LooksSecret(value) || IsPassphrase(value);
    }

    /// <summary>
    /// The digits of the value at <paramref name="at"/>, with a second group of three when the value
    /// is three digits and one space ("204 881" is one code); false when the value is not all digits.
    /// </summary>
    private static bool TryReadDigitCode(ReadOnlySpan<char> text, int at, out int start, out int end)
    {
        if (!SecretValue.TryRead(text, at, out start, out end) || !IsDigits(text[start..end]))
        {
            return false;
        }

        if (end - start == 3 && end + 4 <= text.Length && text[end] == ' ' && !text.Slice(end + 1, 3).ContainsAnyExcept(AsciiSets.Digits)
            && (end + 4 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 4])))
        {
            end += 4;
        }
        else if (end - start == 1)
        {
            // "5 0 8 1 2 6": typed digit by digit.
            var at2 = end;
            while (at2 + 2 <= text.Length && text[at2] == ' ' && char.IsAsciiDigit(text[at2 + 1])
                && (at2 + 2 == text.Length || !char.IsAsciiLetterOrDigit(text[at2 + 2])))
            {
                at2 += 2;
            }

            end = DigitCount(text[start..at2]) is >= 4 and <= 8 ? at2 : end;
        }

        return true;
    }

    /// <summary>"602118" or "902 447" at <paramref name="at"/>, ending there, and no amount.</summary>
    private static bool SixDigitCodeAt(ReadOnlySpan<char> text, int at)
    {
        if (!TryReadDigitCode(text, at, out var start, out var end)
            || DigitCount(text[start..end]) != 6 || (end < text.Length && char.IsAsciiLetterOrDigit(text[end])))
        {
            return false;
        }

        // "the sms says 100 000 pesos were sent": an amount.
        var rest = text[end..].TrimStart(' ');
        foreach (var unit in (ReadOnlySpan<string>)["pesos", "euros", "eur", "dollars", "usd", "pounds", "gbp", "rupees", "rupias", "rs", "inr",
            "yen", "points", "miles", "ngn", "naira", "cop", "kes", "mxn", "brl", "zar", "was", "were", "sent", "debited", "credited", "paid",
            "transferred", "taken", "charged"])
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (rest.Length == unit.Length || !char.IsAsciiLetter(rest[unit.Length])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the value at <paramref name="at"/> is all digits.</summary>
    private static bool DigitsAt(ReadOnlySpan<char> text, int at) =>
        SecretValue.TryRead(text, at, out var start, out var end) && IsDigits(text[start..end]);

    /// <summary>
    /// "card PIN, it's 7193": four to eight digits, a code's length, ending the clause; not "it's 5
    /// minutes" or "it's 2024 now and still locked".
    /// </summary>
    private static bool CodeDigitsAt(ReadOnlySpan<char> text, int at)
    {
        if (!TryReadDigitCode(text, at, out var start, out var end) || DigitCount(text[start..end]) is < 4 or > 8)
        {
            return false;
        }

        var rest = text[end..].TrimStart(' ');
        return rest.IsEmpty || rest[0] is ',' or '.' or '!' or '?' or ';' or ')' or '\u2014' or '-' or '\n'
            || rest.StartsWith("but ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("please", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pls", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("thanks", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Skips an arrow or a pointing emoji in front of a value ("el código es 👉580417") and the spaces after it.</summary>
    private static int SkipPointer(ReadOnlySpan<char> text, int p)
    {
        var rest = text[p..];
        var length = rest.StartsWith("\U0001F449") || rest.StartsWith("\U0001F447") ? 2
            : rest.Length > 0 && rest[0] is '\u2192' or '\u27A1' or '\u21D2' ? 1
            : 0;
        if (length == 0)
        {
            return p;
        }

        p += length;
        if (p < text.Length && text[p] == '\uFE0F')
        {
            p++;
        }

        return SkipSpaces(text, p, newlines: false);
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

    /// <summary>"alarm code", "keypad code", "key safe code" ("a safe code" is no key safe's).</summary>
    private static bool IsAccessCode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int code) =>
        code > 0 && AccessWords.Contains(text.Slice(tokens[code - 1].Start, tokens[code - 1].Length))
        && (!Personal.TokenText.Is(text, tokens[code - 1], "safe") || Personal.TokenText.IsAt(text, tokens, code - 2, "key"));

    /// <summary>True when <paramref name="word"/> before a bare "code" makes it anything but a one-time code ("promo code", "error code").</summary>
    internal static bool BlocksCode(ReadOnlySpan<char> word) => CodeBlockers.Contains(word);

    /// <summary>"code", "codes", "código": a word that announces a one-time code only when its neighbours agree.</summary>
    internal static bool IsBareCode(ReadOnlySpan<char> word) =>
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

            // "the security code from the text was 8830", "the security code you texted me": a code
            // sent to the customer, not the one on the back of a card.
            if (previous.Equals("security", StringComparison.OrdinalIgnoreCase) && SentWordAfter(context, index))
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

    /// <summary>Words that say a code was sent: "the code from the text", "the code you texted me".</summary>
    internal static readonly string[] SentWords = ["text", "texted", "sms", "email", "emailed", "message", "messaged", "sent", "txt"];

    /// <summary>
    /// A <see cref="SentWords"/> word within three tokens after token <paramref name="index"/>, before
    /// any number ("the security code from the text was 8830"; not "security code 4417 sent from my
    /// iPad"), in a message that names no card ("Card 4111 …, security code (as per my email) 123").
    /// </summary>
    private static bool SentWordAfter(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        for (var k = index + 1; k < tokens.Length && k <= index + 3; k++)
        {
            if ((tokens[k].Shape & TokenShape.HasDigit) != 0)
            {
                return false;
            }

            if (Personal.TokenText.IsAny(context.Text, tokens[k], SentWords))
            {
                return !Payment.CardSecurityCodeRecognizer.NamesACard(context);
            }
        }

        return false;
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
