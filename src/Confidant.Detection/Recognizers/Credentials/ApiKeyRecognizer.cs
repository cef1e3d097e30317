using System.Buffers;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// API keys and tokens. Known formats (AWS access key ids, GitHub, Stripe secret keys, Slack
/// tokens and webhooks, Google API keys, JWTs, OpenAI-style sk- keys) are found with one
/// vectorised search over their prefixes. Other secrets are found by shape: a run of 20+ base64 /
/// url-safe chars mixing letters and digits with high entropy, reported when a word such as "key",
/// "token" or "bearer" is near, or alone when it is at least 32 chars and very random. Hex runs
/// (commit hashes), UUIDs, paths and base64-encoded prose are not reported without such a word.
/// Stripe publishable keys (pk_) are public and never reported.
/// </summary>
internal sealed class ApiKeyRecognizer : IRecognizer
{
    private const string RecognizerId = "credentials.api-key";
    private const int MinGenericLength = 20;

    /// <summary>'=' padding a generic secret may end with.</summary>
    private const int MaxPadding = 2;
    private const int MinLengthWithoutContext = 32;
    private const int MaxRun = 1024;
    private const double EntropyWithContext = 3.0;
    private const double EntropyWithoutContext = 4.2;
    private const double KnownFormatScore = 0.95;

    private static readonly SearchValues<string> Prefixes = SearchValues.Create(
        ["AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "sk_live_", "sk_test_", "rk_live_", "rk_test_",
         "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "hooks.slack.com/services/", "AIza", "eyJ", "sk-", "SG."],
        StringComparison.Ordinal);

    private static readonly SearchValues<char> Alnum =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> UpperAlnum = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> Base64Url =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_");

    // The chars of a generic secret ('=' only as trailing padding, see ReadRun).
    private static readonly SearchValues<char> SecretChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/_-");

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> HexOrDash = SearchValues.Create("0123456789abcdefABCDEF-");

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.ApiKey];

    public void Recognize(ScanContext context)
    {
        FindKnownFormats(context);
        FindGenericSecrets(context);
    }

    private static void FindKnownFormats(ScanContext context)
    {
        var text = context.Text;
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(Prefixes);
            if (found < 0)
            {
                return;
            }

            var start = position + found;
            var end = MatchKnown(text, start, out var spanStart);
            if (end > 0)
            {
                context.Add(DataClasses.ApiKey, spanStart, end, KnownFormatScore, RecognizerId);
                position = end;
            }
            else
            {
                position = start + 1;
            }
        }
    }

    /// <summary>End of the known-format key at <paramref name="start"/>, or 0.</summary>
    private static int MatchKnown(ReadOnlySpan<char> text, int start, out int spanStart)
    {
        spanStart = start;
        var rest = text[start..];
        if (rest.StartsWith("hooks.slack.com/services/", StringComparison.Ordinal))
        {
            var bodyStart = start + "hooks.slack.com/services/".Length;
            var end = RunEnd(text, bodyStart, SecretChars);
            if (end - bodyStart < 20)
            {
                return 0;
            }

            if (start >= 8 && text[(start - 8)..start].SequenceEqual("https://"))
            {
                spanStart = start - 8;
            }

            return end;
        }

        // Every other format starts a word: "task-force" holds "sk-" but no key.
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || IsJoiner(text[start - 1])))
        {
            return 0;
        }

        if (rest.StartsWith("AKIA", StringComparison.Ordinal) || rest.StartsWith("ASIA", StringComparison.Ordinal))
        {
            return Exact(text, start + 4, 16, UpperAlnum);
        }

        if (rest.StartsWith("github_pat_", StringComparison.Ordinal))
        {
            var end = RunEnd(text, start + 11, Base64Url);
            return end - start - 11 >= 60 ? end : 0;
        }

        if (rest.Length > 4 && rest.StartsWith("gh", StringComparison.Ordinal) && rest[3] == '_')
        {
            return Exact(text, start + 4, 36, Alnum);
        }

        if (rest.StartsWith("sk_", StringComparison.Ordinal) || rest.StartsWith("rk_", StringComparison.Ordinal))
        {
            var end = RunEnd(text, start + 8, Alnum);
            return end - start - 8 >= 24 && !IsContinued(text, end) ? end : 0;
        }

        if (rest.StartsWith("xox", StringComparison.Ordinal))
        {
            var end = RunEnd(text, start + 5, Base64Url);
            return end - start - 5 >= 20 && HasLetterAndDigit(text[(start + 5)..end]) ? end : 0;
        }

        if (rest.StartsWith("AIza", StringComparison.Ordinal))
        {
            return Exact(text, start + 4, 35, Base64Url);
        }

        if (rest.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return MatchJwt(text, start);
        }

        if (rest.StartsWith("SG.", StringComparison.Ordinal))
        {
            // SendGrid: "SG.", 22 base64url chars, '.', 43 more.
            var idEnd = RunEnd(text, start + 3, Base64Url);
            return idEnd - start - 3 == 22 && idEnd < text.Length && text[idEnd] == '.' ? Exact(text, idEnd + 1, 43, Base64Url) : 0;
        }

        if (rest.StartsWith("sk-", StringComparison.Ordinal))
        {
            var end = RunEnd(text, start + 3, Base64Url);
            return end - start - 3 >= 20 && HasLetterAndDigit(text[(start + 3)..end]) && !IsContinued(text, end) ? end : 0;
        }

        return 0;
    }

    /// <summary>A JSON web token: three base64url parts, the first two JSON objects ("eyJ" is base64 of '{"').</summary>
    private static int MatchJwt(ReadOnlySpan<char> text, int start)
    {
        var headerEnd = RunEnd(text, start, Base64Url);
        if (headerEnd - start < 10 || headerEnd + 4 >= text.Length || text[headerEnd] != '.'
            || !text[(headerEnd + 1)..].StartsWith("eyJ", StringComparison.Ordinal))
        {
            return 0;
        }

        var payloadEnd = RunEnd(text, headerEnd + 1, Base64Url);
        if (payloadEnd - headerEnd - 1 < 10 || payloadEnd >= text.Length || text[payloadEnd] != '.')
        {
            return 0;
        }

        var signatureEnd = RunEnd(text, payloadEnd + 1, Base64Url);
        return signatureEnd - payloadEnd - 1 >= 10 ? signatureEnd : 0;
    }

    /// <summary>The end of exactly <paramref name="length"/> chars of <paramref name="chars"/> at <paramref name="start"/>, or 0.</summary>
    private static int Exact(ReadOnlySpan<char> text, int start, int length, SearchValues<char> chars)
    {
        var end = RunEnd(text, start, chars);
        return end - start == length && !IsContinued(text, end) ? end : 0;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int start, SearchValues<char> chars)
    {
        if (start >= text.Length)
        {
            return start;
        }

        var limit = Math.Min(text.Length, start + MaxRun);
        var n = text[start..limit].IndexOfAnyExcept(chars);
        return n < 0 ? limit : start + n;
    }

    /// <summary>True when a longer word goes on after the key (then the key shape was a coincidence).</summary>
    private static bool IsContinued(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (char.IsLetterOrDigit(text[end]) || IsJoiner(text[end]));

    private static bool HasLetterAndDigit(ReadOnlySpan<char> value) =>
        value.ContainsAny(AsciiSets.Digits) && (value.ContainsAny(AsciiSets.Lower) || value.ContainsAny(AsciiSets.Upper));

    private static void FindGenericSecrets(ScanContext context)
    {
        if (context.DigitCount < 1)
        {
            return;
        }

        var text = context.Text;
        var lastRunEnd = 0;
        var keyBlocks = new KeyBlocks(context.Candidates);
        foreach (var token in context.DigitTokens)
        {
            if (token.Start < lastRunEnd)
            {
                continue;
            }

            // A run reaches past its token only through a joiner ('-', '_', '+', '/') next to it:
            // a short token without one is a short run (with at most two '=' of padding).
            if (token.Length + MaxPadding < MinGenericLength && !IsJoinerAt(text, token.Start - 1) && !IsJoinerAt(text, token.End))
            {
                continue;
            }

            ReadRun(text, token.Start, token.End, out var start, out var end);
            lastRunEnd = end;
            if (end - start >= MinGenericLength && !keyBlocks.Contain(start, end))
            {
                JudgeGeneric(context, start, end);
            }
        }
    }

    /// <summary>
    /// The private key blocks found before the API keys (<see cref="CredentialsRecognizers"/> runs
    /// that recognizer first), asked in text order. A generic secret inside one would lose to it
    /// anyway: the block scores at least <see cref="Scores.Validated"/>, a generic secret at most
    /// <see cref="Scores.PatternWithContext"/>, and the higher score wins an overlap. Judging each
    /// base64 line of a pasted key was a fifth of this recognizer's time on the long document.
    /// </summary>
    private ref struct KeyBlocks(ReadOnlySpan<Candidate> candidates)
    {
        private readonly ReadOnlySpan<Candidate> _candidates = candidates;
        private int _next; // candidates before it are private keys that end before the runs asked about, or other classes

        /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) lies inside one private key block; starts must not decrease from one call to the next.</summary>
        public bool Contain(int start, int end)
        {
            for (; _next < _candidates.Length; _next++)
            {
                ref readonly var block = ref _candidates[_next];
                if (block.Class != DataClasses.PrivateKey || block.End <= start)
                {
                    continue;
                }

                return block.Start <= start && end <= block.End;
            }

            return false;
        }
    }

    /// <summary>The chars that join parts of a key ("abc-123_x+y/z") besides letters and digits.</summary>
    private static bool IsJoiner(char c) => c is '-' or '_' or '+' or '/';

    private static bool IsJoinerAt(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length && IsJoiner(text[index]);

    /// <summary>The maximal run of secret chars around a token, without leading/trailing joiners, plus '=' padding.</summary>
    private static void ReadRun(ReadOnlySpan<char> text, int tokenStart, int tokenEnd, out int start, out int end)
    {
        start = tokenStart;
        var floor = Math.Max(0, tokenStart - MaxRun);
        while (start > floor && SecretChars.Contains(text[start - 1]))
        {
            start--;
        }

        end = RunEnd(text, tokenEnd, SecretChars);
        while (start < end && IsJoiner(text[start]))
        {
            start++;
        }

        while (end > start && IsJoiner(text[end - 1]))
        {
            end--;
        }

        var padding = 0;
        while (end < text.Length && text[end] == '=' && padding < MaxPadding && (end - start + padding) > 0)
        {
            end++;
            padding++;
        }
    }

    private static void JudgeGeneric(ScanContext context, int start, int end)
    {
        var text = context.Text;
        var value = text[start..end];

        int upper = 0, lower = 0, digits = 0, slashes = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower++;
            }
            else if (c == '/')
            {
                slashes++;
            }
        }

        // Stripe publishable keys are meant to be public.
        if (digits < 1 || upper + lower < 2 || value.StartsWith("pk_live_", StringComparison.Ordinal)
            || value.StartsWith("pk_test_", StringComparison.Ordinal))
        {
            return;
        }

        var secretContext = context.ContextAround(start, end, 4, 1) & ContextKinds.Secret;
        if (secretContext != ContextKinds.None)
        {
            if (SecretEntropy.Shannon(value) >= EntropyWithContext && SecretEntropy.DigitTransitions(value) >= 2)
            {
                context.Add(DataClasses.ApiKey, start, end, Scores.PatternWithContext, RecognizerId, null, secretContext);
            }

            return;
        }

        // Without a word, only long, very random runs that are not ids, hashes, paths or encoded
        // prose. The cheap tests go first: most runs fail one of them.
        var urlPart = start > 0 && text[start - 1] is '.' or ':' or '@' or '\\' or '?' or '&' or '#' or '%' or '=';
        if (value.Length < MinLengthWithoutContext || urlPart || slashes > 1 || upper < 3 || lower < 3 || digits < 3
            || !value.ContainsAnyExcept(Hex) || IsUuid(value)
            || SecretEntropy.DigitTransitions(value) < 4 || SecretEntropy.Shannon(value) < EntropyWithoutContext
            || SecretEntropy.IsBase64OfText(value))
        {
            return;
        }

        context.Add(DataClasses.ApiKey, start, end, Scores.Pattern, RecognizerId);
    }

    private static bool IsUuid(ReadOnlySpan<char> value) =>
        value.Length == 36 && value[8] == '-' && value[13] == '-' && value[18] == '-' && value[23] == '-'
        && !value.ContainsAnyExcept(HexOrDash);
}
