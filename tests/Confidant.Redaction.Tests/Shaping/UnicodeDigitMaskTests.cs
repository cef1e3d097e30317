using System.Globalization;
using System.Text;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping.Masking;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Shaping;

/// <summary>
/// Detection folds every Unicode decimal digit to ASCII before matching, so a card typed in
/// full-width or Arabic-Indic digits is found: its masks must hide those digits just as well.
/// </summary>
public class UnicodeDigitMaskTests
{
    // Zero of each script: full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, mathematical bold (a surrogate pair).
    public static TheoryData<int> Zeros() => [0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE];

    public static TheoryData<int, string> ZerosAndCardStyles()
    {
        var data = new TheoryData<int, string>();
        foreach (var zero in new[] { 0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE })
        {
            data.Add(zero, nameof(CardMaskStyle.LastFour));
            data.Add(zero, nameof(CardMaskStyle.FirstSixLastFour));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ZerosAndCardStyles))]
    public void CardMask_UnicodeDigits_ShowAtMostTheAllowedDigits(int zero, string style)
    {
        var cardStyle = Enum.Parse<CardMaskStyle>(style);
        foreach (var ascii in new[] { "4111 1111 1111 1111", "4111111111111111", "3782-822463-10005", "6304000000000000000" })
        {
            var card = InScript(ascii, zero);
            var masked = Mask(card, DataClasses.CardNumber, cardStyle);
            Assert.Equal(card.Length, masked.Length);
            var total = Digits(card).Count;
            var shown = VisibleDigits(card, masked);
            var limit = cardStyle == CardMaskStyle.LastFour ? 4 : 10;
            Assert.InRange(shown.Count, 1, limit);
            Assert.All(shown, p => Assert.True(p >= total - 4 || (cardStyle == CardMaskStyle.FirstSixLastFour && p < 6), $"digit {p} of {total} shown"));
        }
    }

    [Theory]
    [MemberData(nameof(Zeros))]
    public void CardMask_FullWidth_KeepsLayoutAndLastFour(int zero)
    {
        var card = InScript("4111 1111 1111 1234", zero);
        var masked = Mask(card, DataClasses.CardNumber, CardMaskStyle.LastFour);
        var stars = zero > 0xFFFF ? "********" : "****";
        Assert.Equal($"{stars} {stars} {stars} {InScript("1234", zero)}", masked);
    }

    [Theory]
    [InlineData('\u200B')] // zero-width space
    [InlineData('\u200D')] // zero-width joiner
    [InlineData('\u2060')] // word joiner
    [InlineData('\uFEFF')] // zero-width no-break space
    [InlineData('\u00AD')] // soft hyphen
    public void CardMask_FormatCharactersBetweenDigits_DoNotChangeTheCount(char format)
    {
        var card = string.Join(format, InScript("4111", 0xFF10), "1111", InScript("1111", 0x0660), "9876");
        var masked = Mask(card, DataClasses.CardNumber, CardMaskStyle.FirstSixLastFour);
        Assert.Equal(string.Join(format, InScript("4111", 0xFF10), "11**", "****", "9876"), masked);
    }

    [Theory]
    [MemberData(nameof(Zeros))]
    public void Mask_EveryClassThatMasks_HidesUnicodeDigits(int zero)
    {
        // Value (ASCII) and how many of its digits the mask may show.
        var cases = new (DataClass Class, string Value, int MaxShown)[]
        {
            (DataClasses.UsSsn, "536-90-4399", 4),
            (DataClasses.UsItin, "912-70-1234", 4),
            (DataClasses.Phone, "(415) 555-2671", 4),
            (DataClasses.BankAccount, "000123456789", 4),
            (DataClasses.RoutingNumber, "021000021", 4),
            (DataClasses.Iban, "GB82 WEST 1234 5698 7654 32", 4),
            (DataClasses.Npi, "1234567893", 4),
            (DataClasses.MedicalRecordNumber, "MRN 00123456", 4),
            (DataClasses.Pin, "4921", 0),
            (DataClasses.OneTimeCode, "492187", 0),
            (DataClasses.Email, "jane1234@example.com", 0),
            (DataClasses.PersonName, "Maria 2nd", 1),
        };
        foreach (var (dataClass, ascii, maxShown) in cases)
        {
            var value = InScript(ascii, zero);
            var masked = Mask(value, dataClass, CardMaskStyle.LastFour);
            Assert.Equal(value.Length, masked.Length);
            var total = Digits(value).Count;
            var shown = VisibleDigits(value, masked);
            Assert.True(shown.Count <= maxShown, $"{dataClass.Name}: {shown.Count} digits shown");
            if (maxShown == 4)
            {
                Assert.All(shown, p => Assert.True(p >= total - 4, $"{dataClass.Name}: digit {p} of {total} shown"));
            }
        }
    }

    [Theory]
    [InlineData(0xFF10, "my card number is ４１１１ １１１１ １１１１ １１１１")]
    [InlineData(0x0660, "my card number is ٤١١١ ١١١١ ١١١١ ١١١١")]
    [InlineData(0x06F0, "my card number is ۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱")]
    public async Task Process_UnicodeCard_EveryMaskingSinkShowsAtMostTheLastFour(int zero, string message)
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync(message, Harness.NewConversation());
        Assert.Contains(accepted.Findings, f => f.Class == DataClasses.CardNumber);
        var masking = harness.Policy.Sinks.Where(s => harness.Policy.Decide(DataClasses.CardNumber, s) == RedactionAction.Mask).ToList();
        Assert.Equal(["transcript", "agent", "echo"], masking.Select(s => s.Name));
        foreach (var sink in masking)
        {
            var text = accepted.View(sink).Text!;
            Assert.Equal($"my card number is **** **** **** {InScript("1111", zero)}", text);
        }

        AssertNoSinkShows(harness, accepted, DataClasses.CardNumber, InScript("4111 1", zero));
    }

    [Theory]
    [InlineData("my ssn is ５３６-９０-４３９９", "my ssn is ***-**-４３９９", "５３６-９０")]
    [InlineData("my ssn is ٥٣٦-٩٠-٤٣٩٩", "my ssn is ***-**-٤٣٩٩", "٥٣٦-٩٠")]
    [InlineData("call me at (４１５) ５５５-２６７１", "call me at (***) ***-２６７１", "５５５")]
    [InlineData("call me at (٤١٥) ٥٥٥-٢٦٧١", "call me at (***) ***-٢٦٧١", "٥٥٥")]
    public async Task Process_UnicodeIdentifiers_EveryMaskingSinkHidesAllButTheLastFour(string message, string expected, string hidden)
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync(message, Harness.NewConversation());
        var dataClass = Assert.Single(accepted.Findings).Class;
        var masking = harness.Policy.Sinks.Where(s => harness.Policy.Decide(dataClass, s) == RedactionAction.Mask).ToList();
        Assert.NotEmpty(masking);
        foreach (var sink in masking)
        {
            Assert.Equal(expected, accepted.View(sink).Text);
        }

        AssertNoSinkShows(harness, accepted, dataClass, hidden);
    }

    /// <summary>No sink that does not get the value as is (Allow) shows <paramref name="hidden"/>.</summary>
    private static void AssertNoSinkShows(Harness harness, Confidant.Redaction.Shaping.AcceptedMessage accepted, DataClass dataClass, string hidden)
    {
        foreach (var sink in harness.Policy.Sinks.Where(s => harness.Policy.Decide(dataClass, s) != RedactionAction.Allow))
        {
            Assert.DoesNotContain(hidden, accepted.View(sink).Text ?? "", StringComparison.Ordinal);
        }
    }

    private static string InScript(string ascii, int zero)
    {
        var builder = new StringBuilder();
        foreach (var c in ascii)
        {
            builder.Append(char.IsAsciiDigit(c) ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        }

        return builder.ToString();
    }

    private static string Mask(string value, DataClass dataClass, CardMaskStyle style)
    {
        var redactor = MaskRedactors.For(dataClass, style);
        var destination = new char[redactor.GetRedactedLength(value)];
        var written = redactor.Redact(value, destination);
        return new string(destination, 0, written);
    }

    /// <summary>Start index of every decimal digit (any script, surrogate pairs included).</summary>
    private static List<int> Digits(string text)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.DecimalDigitNumber)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>Ordinal positions (among the value's digits) of the digits the mask left visible.</summary>
    private static List<int> VisibleDigits(string value, string masked)
    {
        var shown = new List<int>();
        var digits = Digits(value);
        for (var p = 0; p < digits.Count; p++)
        {
            var i = digits[p];
            var width = char.IsSurrogatePair(value, i) ? 2 : 1;
            if (string.CompareOrdinal(value, i, masked, i, width) == 0)
            {
                shown.Add(p);
            }
            else
            {
                Assert.Equal(new string('*', width), masked.Substring(i, width));
            }
        }

        return shown;
    }
}
