using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Pseudonyms;

public class PseudonymTests
{
    [Fact]
    public async Task Pseudonymize_SameValueInLaterMessage_GetsTheSamePlaceholder()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        var first = await harness.AcceptAsync("my name is Maria Gonzalez", context);
        var second = await harness.AcceptAsync("yes, my name is Maria Gonzalez", context);
        Assert.Equal("my name is <PERSON_NAME_1>", first.View(Sink.Bot).Text);
        Assert.Equal("yes, my name is <PERSON_NAME_1>", second.View(Sink.Bot).Text);
        Assert.Equal(1, context.Pseudonyms.Count);
    }

    [Fact]
    public async Task Pseudonymize_AnotherValue_GetsTheNextNumber()
    {
        using var harness = Harness.Create(o => o.Classes["CARD_NUMBER"] = new ClassPolicyOptions { Action = "Pseudonymize" });
        var context = Harness.NewConversation();
        var first = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", context);
        var second = await harness.AcceptAsync("card number 4111-1111-1111-1111 or card number 5555 5555 5555 4444", context);
        Assert.Equal("my card number is <CARD_NUMBER_1>", first.View(Sink.Bot).Text);
        Assert.Equal("card number <CARD_NUMBER_1> or card number <CARD_NUMBER_2>", second.View(Sink.Bot).Text);
    }

    [Fact]
    public async Task Pseudonymize_NumbersArePerClass()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        var accepted = await harness.AcceptAsync("email me at jane.doe@example.com or call me at (415) 555-2671", context);
        Assert.Equal("email me at <EMAIL_1> or call me at <PHONE_1>", accepted.View(Sink.Bot).Text);
    }

    [Fact]
    public async Task Pseudonymize_CaseAndSeparatorsIgnored()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        await harness.AcceptAsync("email me at Jane.Doe@Example.com", context);
        var second = await harness.AcceptAsync("email me at jane.doe@example.com", context);
        Assert.Equal("email me at <EMAIL_1>", second.View(Sink.Bot).Text);
    }

    [Fact]
    public async Task Pseudonymize_OtherConversation_StartsAgainAtOne()
    {
        using var harness = Harness.Create();
        await harness.AcceptAsync("email me at jane.doe@example.com", Harness.NewConversation());
        var other = await harness.AcceptAsync("email me at john@example.org", Harness.NewConversation());
        Assert.Equal("email me at <EMAIL_1>", other.View(Sink.Bot).Text);
    }

    [Fact]
    public async Task Table_BlockedMessage_AddsNothing()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        await harness.ProcessAsync("my name is Maria Gonzalez and my password is Tr0ub4dor&3", context);
        Assert.Equal(0, context.Pseudonyms.Count);
    }

    [Fact]
    public async Task Table_ExportImport_KeepsPlaceholdersAndNumbering()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        await harness.AcceptAsync("email me at jane.doe@example.com or at j.doe@example.org", context);

        var restored = new ConversationContext("tenant-1", "subject-1", PseudonymTable.Import(context.Pseudonyms.Export()));
        var again = await harness.AcceptAsync("email me at JANE.DOE@example.com or at new@example.net", restored);
        Assert.Equal("email me at <EMAIL_1> or at <EMAIL_3>", again.View(Sink.Bot).Text);
    }

    [Fact]
    public void Table_ImportOfEmptyBytes_IsAnEmptyTable() =>
        Assert.Equal(0, PseudonymTable.Import([]).Count);

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("trailing")]
    [InlineData("version")]
    public void Table_ImportOfBadBytes_FailsWithCode(string damage)
    {
        var table = new PseudonymTable();
        table.GetOrAdd(Detection.Taxonomy.DataClasses.Email, "jane.doe@example.com");
        var bytes = table.Export();
        byte[] bad = damage switch
        {
            "garbage" => "not a table at all"u8.ToArray(),
            "truncated" => bytes[..^3],
            "trailing" => [.. bytes, 1, 2, 3],
            _ => [.. bytes[..3], 99, .. bytes[4..]],
        };
        var e = Assert.Throws<PseudonymTableFormatException>(() => PseudonymTable.Import(bad));
        Assert.StartsWith("CONF-RED-020", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jane", e.Message, StringComparison.Ordinal);
    }

    // The export format as it has been stored since the first version (sealed in every
    // conversation's state), written here with BinaryWriter, which defined it: "CPT", version 1,
    // the count, then per entry class name, number and value (strings as 7-bit length + UTF-8).
    private static byte[] ReferenceExport(params (string Class, int Number, string Value)[] entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("CPT"u8);
            writer.Write((byte)1);
            writer.Write(entries.Length);
            foreach (var (className, number, value) in entries)
            {
                writer.Write(className);
                writer.Write(number);
                writer.Write(value);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Table_Export_IsTheStoredFormat_ForNonAsciiAndLongValues()
    {
        var longName = string.Concat(Enumerable.Repeat("Ñandú Müller-Łukasiewicz ", 12)).Trim(); // over 127 UTF-8 bytes: a two-byte length
        var table = new PseudonymTable();
        table.GetOrAdd(Detection.Taxonomy.DataClasses.Email, "jane.doe@example.com");
        table.GetOrAdd(Detection.Taxonomy.DataClasses.PersonName, "José Ömer");
        table.GetOrAdd(Detection.Taxonomy.DataClasses.PersonName, longName);
        table.GetOrAdd(Detection.Taxonomy.DataClasses.CardNumber, "４１１１ １１１１ １１１１ １１１１");

        var expected = ReferenceExport(
            ("EMAIL", 1, "jane.doe@example.com"),
            ("PERSON_NAME", 1, "José Ömer"),
            ("PERSON_NAME", 2, longName),
            ("CARD_NUMBER", 1, "４１１１ １１１１ １１１１ １１１１"));
        Assert.Equal(expected, table.Export());
    }

    [Fact]
    public void Table_Import_ReadsTheStoredFormat_AndExportsItAgainByteForByte()
    {
        var longValue = new string('x', 300) + "@example.com";
        var stored = ReferenceExport(("EMAIL", 2, longValue), ("PERSON_NAME", 1, "Zoë Ångström"), ("EMAIL", 1, "a@b.example"));

        var table = PseudonymTable.Import(stored);

        Assert.Equal(3, table.Count);
        Assert.True(table.TryResolve("EMAIL", 2, out var resolved));
        Assert.Equal(longValue, resolved);
        Assert.True(table.TryResolve("PERSON_NAME", 1, out var name));
        Assert.Equal("Zoë Ångström", name);
        Assert.Equal(stored, table.Export());
        Assert.Equal("<EMAIL_3>", table.GetOrAdd(Detection.Taxonomy.DataClasses.Email, "new@example.net"));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })] // a length of more than five 7-bit bytes
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })] // a length beyond Int32
    [InlineData(new byte[] { 0x85 })] // a length that stops in the middle
    [InlineData(new byte[] { 0x7F, 0x41 })] // 127 bytes announced, one there
    public void Table_ImportOfABrokenLength_FailsWithCode(byte[] classNameLength)
    {
        byte[] bad = [.. "CPT"u8, 1, 1, 0, 0, 0, .. classNameLength];
        var e = Assert.Throws<PseudonymTableFormatException>(() => PseudonymTable.Import(bad));
        Assert.StartsWith("CONF-RED-020", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ToString_ShowsNoValue()
    {
        var table = new PseudonymTable();
        table.GetOrAdd(Detection.Taxonomy.DataClasses.Email, "jane.doe@example.com");
        Assert.DoesNotContain("jane", table.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("EMAIL_1", table.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 values", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_Clear_ForgetsEverything()
    {
        var table = new PseudonymTable();
        table.GetOrAdd(Detection.Taxonomy.DataClasses.Email, "jane.doe@example.com");
        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.False(table.TryResolve("EMAIL", 1, out _));
    }
}
