using System.Net;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// IPv4 dotted quads (octets 0-255 without leading zeros, optional /CIDR) found on the token
/// stream, and IPv6 addresses found from their colons. IPv6 candidates are screened for hex groups
/// and at least two colons before <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>
/// confirms them, so times ("10:30", "12:30:45") and MAC addresses never reach the parser.
/// </summary>
internal sealed class IpAddressRecognizer : IRecognizer
{
    public const string RecognizerId = "network.ip";

    private const double ContextScore = 0.95;
    private const double Ipv6Score = 0.9;
    private const int MaxIpv6Length = 45;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.IpAddress];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount >= 4)
        {
            FindIpv4(context);
        }

        if (context.DigitCount >= 1 && context.Text.Contains(':'))
        {
            FindIpv6(context);
        }
    }

    private void FindIpv4(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last address read
        foreach (var digitToken in context.DigitTokens)
        {
            // An address starts with an octet, so only digit tokens are tried. Cheapest tests
            // first: most tokens are too long or not followed by a dot.
            var i = digitToken.Index;
            if (i + 3 >= tokens.Length)
            {
                break;
            }

            if (i < resume || digitToken.Length > 3 || !digitToken.Is(TokenShape.AllDigits)
                || digitToken.End >= text.Length || text[digitToken.End] != '.' || !IsOctet(text, tokens[i]))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k <= 3 && ok; k++)
            {
                ok = tokens[i + k].Start == tokens[i + k - 1].End + 1 && text[tokens[i + k].Start - 1] == '.'
                    && IsOctet(text, tokens[i + k]);
            }

            if (!ok)
            {
                continue;
            }

            var start = tokens[i].Start;
            var end = tokens[i + 3].End;

            // Not a piece of a longer dotted number (1.2.3.4.5, an OID) nor of a word.
            if ((start > 0 && (text[start - 1] == '.' || Tokenizer.IsTokenChar(text[start - 1])))
                || (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1])))
            {
                resume = i + 4;
                continue;
            }

            end = WithCidr(text, end, 32);
            Report(context, start, end, AllSingleDigits(tokens.Slice(i, 4)) ? Scores.Pattern : Scores.StrongPattern + 0.05);
            resume = i + 4;
        }
    }

    private void FindIpv6(ScanContext context)
    {
        var text = context.Text;
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var found = text[searchFrom..].IndexOf(':');
            if (found < 0)
            {
                return;
            }

            var colon = searchFrom + found;
            var start = colon;
            while (start > 0 && colon - start < MaxIpv6Length && IsIpv6Char(text[start - 1]))
            {
                start--;
            }

            var end = colon + 1;
            while (end < text.Length && end - start < MaxIpv6Length && IsIpv6Char(text[end]))
            {
                end++;
            }

            searchFrom = end;

            // A sentence may end in a dot; "host:" may precede the address.
            while (end > start && (text[end - 1] == '.' || (text[end - 1] == ':' && (end - 2 < start || text[end - 2] != ':'))))
            {
                end--;
            }

            while (start < end && text[start] == ':' && (start + 1 >= end || text[start + 1] != ':'))
            {
                start++;
            }

            if (end - start < 3 || !LooksLikeIpv6(text[start..end])
                || (start > 0 && (Tokenizer.IsTokenChar(text[start - 1]) || text[start - 1] == '_'))
                || (end < text.Length && (Tokenizer.IsTokenChar(text[end]) || text[end] == '_')))
            {
                continue;
            }

            if (!IPAddress.TryParse(text[start..end], out var address)
                || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                continue;
            }

            // Zone id ("fe80::1%eth0") and prefix length belong to the value.
            if (end + 1 < text.Length && text[end] == '%' && char.IsAsciiLetterOrDigit(text[end + 1]))
            {
                end++;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '-'))
                {
                    end++;
                }

                while (text[end - 1] is '.' or '-')
                {
                    end--;
                }
            }
            else
            {
                end = WithCidr(text, end, 128);
            }

            searchFrom = Math.Max(searchFrom, end);
            Report(context, start, end, Ipv6Score);
        }
    }

    private void Report(ScanContext context, int start, int end, double score)
    {
        var kinds = context.ContextAround(start, end, 4, 2);
        if ((kinds & ContextKinds.Ip) != 0)
        {
            score = Math.Max(score, ContextScore);
        }
        else if ((kinds & ContextKinds.Version) != 0 || PrecededByVersionMark(context.Text, start))
        {
            return; // "version 10.2.0.1", "v1.2.3.4"
        }
        else if ((kinds & ContextKinds.Benign) != 0)
        {
            score -= Scores.BenignContextPenalty;
        }

        context.Add(DataClasses.IpAddress, start, end, score, Id, null, kinds & ContextKinds.Ip);
    }

    private static bool PrecededByVersionMark(ReadOnlySpan<char> text, int start) =>
        start >= 2 && text[start - 1] == ' ' && (text[start - 2] is 'v' or 'V')
        && (start == 2 || !Tokenizer.IsTokenChar(text[start - 3]));

    private static bool IsOctet(ReadOnlySpan<char> text, Token token)
    {
        if (!token.Is(TokenShape.AllDigits) || token.Length > 3)
        {
            return false;
        }

        var digits = text.Slice(token.Start, token.Length);
        if (digits.Length > 1 && digits[0] == '0')
        {
            return false; // "010" is octal to some parsers and decimal to others: not an address we trust
        }

        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value <= 255;
    }

    private static bool AllSingleDigits(ReadOnlySpan<Token> octets)
    {
        foreach (var t in octets)
        {
            if (t.Length > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Extends <paramref name="end"/> over a "/prefix" no larger than <paramref name="max"/>.</summary>
    private static int WithCidr(ReadOnlySpan<char> text, int end, int max)
    {
        if (end + 1 >= text.Length || text[end] != '/' || !char.IsAsciiDigit(text[end + 1]))
        {
            return end;
        }

        var i = end + 1;
        var value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - end <= 3)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return value <= max && (i >= text.Length || !char.IsAsciiLetterOrDigit(text[i])) ? i : end;
    }

    private static bool IsIpv6Char(char c) => char.IsAsciiHexDigit(c) || c is ':' or '.';

    /// <summary>Hex groups and colons, at least two colons, and either "::" or the full eight groups.</summary>
    private static bool LooksLikeIpv6(ReadOnlySpan<char> candidate)
    {
        var colons = 0;
        var hasDigit = false;
        foreach (var c in candidate)
        {
            colons += c == ':' ? 1 : 0;
            hasDigit |= char.IsAsciiDigit(c);
        }

        if (colons < 2 || !hasDigit)
        {
            return false;
        }

        return candidate.Contains("::", StringComparison.Ordinal) || colons >= 6;
    }
}
