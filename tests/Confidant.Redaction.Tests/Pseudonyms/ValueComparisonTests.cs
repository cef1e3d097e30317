using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Tests.Support;
using Confidant.Redaction.Text;

namespace Confidant.Redaction.Tests.Pseudonyms;

/// <summary>Each class compares values in its own way: spellings of one value meet, different values never do.</summary>
public class ValueComparisonTests
{
    [Theory]
    [InlineData("CARD_NUMBER", "4111 1111 1111 1111", "4111-1111-1111-1111", true)]
    [InlineData("CARD_NUMBER", "４１１１ １１１１ １１１１ １１１１", "4111111111111111", true)]
    [InlineData("CARD_NUMBER", "٤١١١ ١١١١ ١١١١ ١١١١", "4111 1111 1111 1111", true)]
    [InlineData("CARD_NUMBER", "4111 1111 1111 1111", "4111 1111 1111 1112", false)]
    [InlineData("CARD_NUMBER", "4111 1111", "4111 1111 1111", false)]
    [InlineData("US_SSN", "536-90-4399", "536 90 4399", true)]
    [InlineData("PHONE", "(415) 555-2671", "415.555.2671", true)]
    [InlineData("IBAN", "GB82 WEST 1234 5698 7654 32", "gb82west12345698765432", true)]
    [InlineData("POSTCODE", "SW1A 1AA", "sw1a1aa", true)]
    [InlineData("PASSPORT", "X1234567", "X1234568", false)]
    [InlineData("EMAIL", "Jane.Doe@Example.com", "jane.doe@example.com", true)]
    [InlineData("EMAIL", " jane@example.com ", "jane@example.com", true)]
    [InlineData("EMAIL", "j.smith@x.com", "jsmith@x.com", false)]
    [InlineData("EMAIL", "a+b@x.com", "ab@x.com", false)]
    [InlineData("CRYPTO_WALLET", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVn2", false)]
    [InlineData("CRYPTO_WALLET", " 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2\n", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", true)]
    [InlineData("API_KEY", "sk_live_AbCd1234", "sk_live_abcd1234", false)]
    [InlineData("PASSWORD", "Tr0ub4dor&3", "tr0ub4dor&3", false)]
    [InlineData("PERSON_NAME", "Maria  Gonzalez", "maria gonzalez", true)]
    [InlineData("PERSON_NAME", "Maria Gonzalez", "MariaGonzalez", false)]
    [InlineData("PERSON_NAME", "Anne-Marie O'Neil", "Anne Marie ONeil", false)]
    [InlineData("STREET_ADDRESS", "221B  Baker\tStreet", "221b baker street", true)]
    [InlineData("SYMPTOM", "Chest Pain", "chest pain", true)]
    [InlineData("ACME_ID", " AB-12 ", "AB-12", true)]
    [InlineData("ACME_ID", "AB-12", "ab-12", false)]
    [InlineData("ACME_ID", "AB-12", "AB12", false)]
    public void Values_CompareAsTheirClassSays(string className, string a, string b, bool equal)
    {
        Assert.Equal(equal, ValueNormalizer.EqualNormalized(className, a, b));
        Assert.Equal(equal, ValueNormalizer.EqualNormalized(className, b, a));
        Assert.Equal(equal, ValueNormalizer.ToKey(className, a) == ValueNormalizer.ToKey(className, b));
    }

    [Fact]
    public void Pseudonymize_WalletsDifferingOnlyInCase_AreTwoValues()
    {
        var table = new PseudonymTable();
        Assert.Equal("<CRYPTO_WALLET_1>", table.GetOrAdd(DataClasses.CryptoWallet, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
        Assert.Equal("<CRYPTO_WALLET_2>", table.GetOrAdd(DataClasses.CryptoWallet, "1bVbmseyStWetqTFn5Au4m4GFg7xJaNVN2"));
        Assert.True(table.TryResolve("CRYPTO_WALLET", 2, out var value));
        Assert.Equal("1bVbmseyStWetqTFn5Au4m4GFg7xJaNVN2", value);
    }

    [Theory]
    [InlineData("j.smith@example.com", "jsmith@example.com")]
    [InlineData("a+b@example.com", "ab@example.com")]
    public async Task Pseudonymize_DifferentMailboxes_GetDifferentPlaceholders_AndReidentifyToTheirOwnValue(string first, string second)
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        var one = await harness.AcceptAsync($"email me at {first}", context);
        var two = await harness.AcceptAsync($"email me at {second}", context);
        Assert.Equal("email me at <EMAIL_1>", one.View(Sink.Bot).Text);
        Assert.Equal("email me at <EMAIL_2>", two.View(Sink.Bot).Text);

        using var reply = harness.Reidentifier.Reidentify("<EMAIL_2>", context);
        Assert.Equal(second, reply.Open(0, static (span, _) => span.ToString()));
    }

    [Fact]
    public async Task Pseudonymize_FullWidthCard_IsTheSameCardAsItsAsciiForm()
    {
        using var harness = Harness.Create(o => o.Classes["CARD_NUMBER"] = new ClassPolicyOptions { Action = "Pseudonymize" });
        var context = Harness.NewConversation();
        var first = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", context);
        var second = await harness.AcceptAsync("my card number is ４１１１ １１１１ １１１１ １１１１", context);
        Assert.Equal("my card number is <CARD_NUMBER_1>", first.View(Sink.Bot).Text);
        Assert.Equal("my card number is <CARD_NUMBER_1>", second.View(Sink.Bot).Text);
        Assert.Equal(1, context.Pseudonyms.Count);
    }

    [Fact]
    public void Import_TableWithTwoSpellingsThatNowMeet_KeepsBothPlaceholders()
    {
        // Saved when a full-width card and its ASCII form were two values.
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("CPT"u8);
            writer.Write((byte)1);
            writer.Write(2);
            writer.Write("CARD_NUMBER");
            writer.Write(1);
            writer.Write("4111111111111111");
            writer.Write("CARD_NUMBER");
            writer.Write(2);
            writer.Write("４１１１１１１１１１１１１１１１");
        }

        var table = PseudonymTable.Import(payload.ToArray());
        Assert.Equal(2, table.Count);
        Assert.True(table.TryResolve("CARD_NUMBER", 2, out var second));
        Assert.Equal("４１１１１１１１１１１１１１１１", second);
        Assert.Equal("<CARD_NUMBER_1>", table.GetOrAdd(DataClasses.CardNumber, "4111 1111 1111 1111"));
    }
}
