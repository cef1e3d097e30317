using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Confidant.Redaction.Tests.Support;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Confidant.Redaction.Tests.Shaping;

public class FailClosedTests
{
    private const string Message = "my name is Maria Gonzalez and my card number is 4111 1111 1111 1111";

    [Fact]
    public async Task Process_DetectorThrows_FailsWithCode_AndShapesNothing()
    {
        using var harness = Harness.Create(detector: new ThrowingDetector());
        var context = Harness.NewConversation();

        var outcome = await harness.ProcessAsync(Message, context);

        var failed = Assert.IsType<FailedMessage>(outcome);
        Assert.False(failed.IsAccepted);
        Assert.Equal("CONF-RED-001", failed.Code);
        Assert.Contains("CONF-RED-001", failed.CustomerMessage, StringComparison.Ordinal);
        Assert.Equal(0, context.Pseudonyms.Count);
        Assert.Equal(0, harness.Tokenizer!.Calls);
        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1104);
        Assert.Equal("CONF-RED-001", record.GetStructuredStateValue("Code"));
        Assert.Null(Leaks.Find(harness.LogText(), "Maria Gonzalez"));
        Assert.Null(Leaks.Find(harness.LogText(), "4111 1111 1111 1111"));
    }

    [Fact]
    public async Task Process_VaultThrows_FailsWithCode_AndKeepsNoPseudonym()
    {
        using var harness = Harness.Create(tokenizer: new ThrowingTokenizer());
        var context = Harness.NewConversation();

        var failed = Assert.IsType<FailedMessage>(await harness.ProcessAsync(Message, context));

        Assert.Equal("CONF-RED-003", failed.Code);
        Assert.Equal(0, context.Pseudonyms.Count);
        Assert.Null(Leaks.Find(harness.LogText(), "4111 1111 1111 1111")); // the vault's exception message held it
    }

    [Fact]
    public async Task Process_VaultReturnsNoToken_FailsWithCode()
    {
        var tokenizer = new InMemoryValueTokenizer { Override = _ => new TokenizedValue("", null) };
        using var harness = Harness.Create(tokenizer: tokenizer);
        var failed = Assert.IsType<FailedMessage>(await harness.ProcessAsync(Message, Harness.NewConversation()));
        Assert.Equal("CONF-RED-003", failed.Code);
    }

    [Fact]
    public async Task Process_HasherFails_FailsWithPolicyCode_BeforeTheVaultIsCalled()
    {
        using var harness = Harness.Create(o =>
        {
            o.Classes["EMAIL"] = new ClassPolicyOptions { Sinks = { ["analytics"] = "Hash" } };
            o.Hashing.Key = Harness.HashKey;
        });
        var tokenizer = new InMemoryValueTokenizer();
        var hasher = new ThrowingRedactor();
        var processor = new MessageProcessor(harness.Policy.WithHasher(hasher), harness.Detector, tokenizer, NullLogger<MessageProcessor>.Instance);
        var context = Harness.NewConversation();

        // The card comes first in the text and is tokenized for the bot; the email after it is hashed for analytics.
        using var raw = RawText.Copy("my card number is 4111 1111 1111 1111, email me at jane.doe@example.com");
        var failed = Assert.IsType<FailedMessage>(await processor.ProcessAsync(raw, context));

        Assert.Equal("CONF-RED-002", failed.Code);
        Assert.Equal(1, hasher.Calls);
        Assert.Equal(0, tokenizer.Calls); // nothing was sealed into the vault for a refused message
        Assert.Equal(0, context.Pseudonyms.Count);
    }

    [Fact]
    public async Task Process_RawTextClearedWhileTheVaultWorks_ViewsAreAlreadyShaped()
    {
        // The request ends (its raw text is cleared) while the vault is working: the views were
        // shaped before the vault was called, and nothing reads the text after it.
        RawText? raw = null;
        var tokenizer = new InMemoryValueTokenizer
        {
            Override = _ =>
            {
                raw!.Dispose();
                return new TokenizedValue("tok_card_1", null);
            },
        };
        using var harness = Harness.Create(tokenizer: tokenizer);
        raw = RawText.Copy(Message);

        var accepted = Assert.IsType<AcceptedMessage>(await harness.Processor.ProcessAsync(raw, Harness.NewConversation()));

        Assert.Equal("my name is <PERSON_NAME_1> and my card number is tok_card_1", accepted.View(Sink.Bot).Text);
        Assert.Equal("my name is M**** G******* and my card number is **** **** **** 1111", accepted.View(Sink.Transcript).Text);
    }

    [Fact]
    public async Task Process_SecondTokenizationFails_FailsWithTokenizationCode_AndRollsBackPseudonyms()
    {
        RawText? raw = null;
        var tokenizer = new InMemoryValueTokenizer
        {
            Override = _ =>
            {
                raw!.Dispose(); // the second value cannot be read any more
                return new TokenizedValue("tok_card_1", null);
            },
        };
        using var harness = Harness.Create(tokenizer: tokenizer);
        var context = Harness.NewConversation();
        await harness.AcceptAsync("email me at jane.doe@example.com", context);
        Assert.Equal(1, context.Pseudonyms.Count);

        raw = RawText.Copy("I am Maria Gonzalez, card number 4111 1111 1111 1111 or card number 5555 5555 5555 4444");
        var failed = Assert.IsType<FailedMessage>(await harness.Processor.ProcessAsync(raw, context));

        Assert.Equal("CONF-RED-003", failed.Code);
        Assert.Equal(1, context.Pseudonyms.Count);
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1106);
    }

    [Fact]
    public async Task Process_Cancelled_ThrowsAndKeepsNothing()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        using var cancellation = new CancellationTokenSource();
        harness.Tokenizer!.Override = _ =>
        {
            cancellation.Cancel();
            cancellation.Token.ThrowIfCancellationRequested();
            return null!;
        };
        using var raw = RawText.Copy(Message);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await harness.Processor.ProcessAsync(raw, context, cancellation.Token));
        Assert.Equal(0, context.Pseudonyms.Count);
    }

    [Fact]
    public async Task Shape_DetectionOfAnotherText_Throws()
    {
        using var harness = Harness.Create();
        var detection = harness.Detector.Detect("a long preamble before my card number is 4111 1111 1111 1111");
        using var raw = RawText.Copy("short");
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await harness.Shaper.ShapeAsync(raw, detection, Harness.NewConversation(), Sink.Bot));
    }

    [Fact]
    public async Task Shape_OneSink_UsesTheGivenDetection()
    {
        using var harness = Harness.Create();
        const string text = "my name is Maria Gonzalez";
        using var raw = RawText.Copy(text);
        var shaped = await harness.Shaper.ShapeAsync(raw, harness.Detector.Detect(text), Harness.NewConversation(), Sink.Bot);
        Assert.Equal("my name is <PERSON_NAME_1>", shaped.Text);
        Assert.Equal(new ClassActionCount(DataClasses.PersonName, RedactionAction.Pseudonymize, 1), Assert.Single(shaped.Summary));
    }

    [Fact]
    public async Task Shape_BlockedClass_ReturnsNoText()
    {
        using var harness = Harness.Create();
        const string text = "the cvv is 737";
        using var raw = RawText.Copy(text);
        var context = Harness.NewConversation();
        var shaped = await harness.Shaper.ShapeAsync(raw, harness.Detector.Detect(text), context, Sink.Transcript);
        Assert.True(shaped.IsBlocked);
        Assert.Null(shaped.Text);
        Assert.Equal("CONF-RED-101", Assert.Single(shaped.BlockReasons).Code);
    }

    [Fact]
    public async Task Shape_UnknownSink_Throws()
    {
        using var harness = Harness.Create();
        using var raw = RawText.Copy("hello");
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await harness.Shaper.ShapeAsync(raw, harness.Detector.Detect("hello"), Harness.NewConversation(), Sink.Connector("nowhere")));
    }

    [Fact]
    public async Task Process_ConversationWindow_ShapesTheHalfOfASplitValueInThisMessage()
    {
        using var harness = Harness.Create(o => o.Classes["CARD_NUMBER"] = new ClassPolicyOptions { Action = "Redact" });
        var context = new ConversationContext("tenant-1", "subject-1", new Redaction.Pseudonyms.PseudonymTable(), harness.Detector.StartConversation());
        await harness.AcceptAsync("my card number is 4111 1111", context);
        var second = await harness.AcceptAsync("1111 1111 thanks", context);
        Assert.Equal("[CARD NUMBER] thanks", second.View(Sink.Bot).Text);
    }
}
