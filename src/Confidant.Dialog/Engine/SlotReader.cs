using System.Globalization;
using System.Text.RegularExpressions;
using Confidant.Dialog.Packs;
using FuzzySharp;

namespace Confidant.Dialog.Engine;

/// <summary>
/// Reads a slot's value from a message's bot view (and the values detection found in it). Every
/// reader takes only the part it needs: an amount, an item number, a postcode; the rest of the
/// message is not kept.
/// </summary>
internal static partial class SlotReader
{
    private const int MaxText = 2000;

    public static SlotValue? Read(SlotDefinition slot, DialogInput input, DateTimeOffset now)
    {
        var text = input.BotView.Length > MaxText ? input.BotView[..MaxText] : input.BotView;
        var keep = now + slot.Retention;
        return slot.Type switch
        {
            SlotType.Money => Money(text) is { } amount ? Plain(amount.ToString("0.00", CultureInfo.InvariantCulture), keep) : null,
            SlotType.Number => Number(text, slot) is { } n ? Plain(n.ToString(CultureInfo.InvariantCulture), keep) : null,
            SlotType.Choice => Choice(text, slot) is { } choice ? Plain(choice, keep) : null,
            SlotType.ItemNumber => ItemNumber().Match(text) is { Success: true } m ? Plain(m.Groups[1].Value, keep) : null,
            SlotType.OrderNumber => OrderNumber().Match(text) is { Success: true } m ? Plain(m.Value.ToUpperInvariant(), keep) : null,
            SlotType.CardLastFour => LastFour().Match(text) is { Success: true } m ? new SlotValue { Display = Backends.Masking.Mask(m.Groups[1].Value), Value = m.Groups[1].Value, KeepUntil = keep } : null,
            SlotType.Postcode => Postcode(text) is { } postcode ? Plain(postcode, keep) : null,
            SlotType.Duration => Days(text) is { } days ? new SlotValue { Display = days == 1 ? "1 day" : $"{days} days", Value = days.ToString(CultureInfo.InvariantCulture), KeepUntil = keep } : null,
            SlotType.Payee => Payee(text) is { } payee ? Plain(payee, keep) : null,
            SlotType.Text => text.Trim() is { Length: > 0 and <= 200 } t ? Plain(t, keep) : null,
            SlotType.Detected => Detected(slot, input, keep),
            _ => null, // secure capture fills only through the secure input
        };
    }

    /// <summary>Whether the message gave more than the slot needs (a street address for a postcode).</summary>
    public static bool MoreThanNeeded(SlotDefinition slot, DialogInput input) =>
        slot.MoreThanNeeded.Any(c => input.Classes.Contains(c, StringComparer.Ordinal));

    private static SlotValue Plain(string value, DateTimeOffset keep) => new() { Display = value, Value = value, KeepUntil = keep };

    internal static decimal? Money(string text)
    {
        var match = MoneyPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount < 1_000_000_000m
            ? decimal.Round(amount, 2)
            : null;
    }

    private static long? Number(string text, SlotDefinition slot)
    {
        var match = WholeNumber().Match(text);
        if (!match.Success || !long.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return (slot.Min is { } min && n < min) || (slot.Max is { } max && n > max) ? null : n;
    }

    private static string? Choice(string text, SlotDefinition slot)
    {
        var lower = text.ToLowerInvariant();
        foreach (var value in slot.Values)
        {
            if (lower.Contains(value.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return value;
            }
        }

        var best = slot.Values.Select(v => (Value: v, Score: Fuzz.PartialRatio(v.ToLowerInvariant(), lower))).MaxBy(p => p.Score);
        return best.Score >= 85 ? best.Value : null;
    }

    private static string? Postcode(string text)
    {
        var uk = UkPostcode().Match(text);
        if (uk.Success)
        {
            return (uk.Groups[1].Value + " " + uk.Groups[2].Value).ToUpperInvariant();
        }

        var us = UsZip().Match(text);
        return us.Success ? us.Value : null;
    }

    internal static int? Days(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("yesterday", StringComparison.Ordinal) || lower.Contains("since last night", StringComparison.Ordinal))
        {
            return 1;
        }

        if (lower.Contains("today", StringComparison.Ordinal) || lower.Contains("this morning", StringComparison.Ordinal) || lower.Contains("few hours", StringComparison.Ordinal))
        {
            return 0;
        }

        var match = DurationPattern().Match(lower);
        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups[1].Value switch
        {
            "a" or "an" or "one" => 1,
            "two" or "couple of" => 2,
            "three" or "few" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "ten" => 10,
            var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
        };
        var days = match.Groups[2].Value switch
        {
            var unit when unit.StartsWith("week", StringComparison.Ordinal) => count * 7,
            var unit when unit.StartsWith("month", StringComparison.Ordinal) => count * 30,
            _ => count,
        };
        return days is > 0 and <= 3650 ? days : null;
    }

    private static string? Payee(string text)
    {
        var match = PayeePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var payee = match.Groups[1].Value.Trim().TrimEnd('.', '!', '?', ',');
        return payee.Length is > 0 and <= 60 ? payee : null;
    }

    private static SlotValue? Detected(SlotDefinition slot, DialogInput input, DateTimeOffset keep)
    {
        var values = input.Values.Where(v => v.DataClass == slot.DataClass).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        return new SlotValue
        {
            Display = string.Join(", ", values.Select(v => v.Placeholder)),
            Tokens = [.. values.Select(v => v.Token).OfType<string>()],
            Codes = [.. values.Select(v => v.Code).OfType<string>().Distinct()],
            KeepUntil = keep,
        };
    }

    [GeneratedRegex(@"(?<![\w.])(?:[£$€]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?)(?:\s?(?:gbp|usd|eur|pounds?|dollars?|euros?))?(?![\w.]|\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<!\d)\d{1,9}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"(?:#\s*|item\s*(?:no\.?|number)?\s*#?\s*|\b)(\d{4,10})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"\b(?:(?:DEMO-)?ORD-[0-9A-F]{4,10}|\d{4}-\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?:ending(?:\s+in)?\s*|last\s+(?:four|4)(?:\s+digits)?(?:\s+(?:are|is))?\s*|card\s+|^\s*)(\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LastFour();

    [GeneratedRegex(@"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex UkPostcode();

    [GeneratedRegex(@"(?<!\d)\d{5}(?:-\d{4})?(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex UsZip();

    [GeneratedRegex(@"\b(\d{1,4}|a|an|one|two|three|four|five|six|seven|ten|few|couple of)\s+(days?|weeks?|months?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DurationPattern();

    // "to landlord", "to my landlord", "to <PERSON_NAME_1>"; not "to make a transfer", "to send money".
    [GeneratedRegex(@"\bto\s+(?:my\s+)?(?!(?:make|send|pay|transfer|move|do|get|buy|order|know|check|see|ask|talk|speak|change|set|have|be|someone|somebody)\b)((?:<[A-Z_]+_\d+>)|[\p{L}][\p{L}\p{Nd} '&.-]{0,59})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PayeePattern();
}
