using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Text;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Pseudonyms;

public class ReidentificationTests
{
    [Fact]
    public async Task Reidentify_OwnPlaceholders_BecomeTheCustomersValues()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        await harness.AcceptAsync("my name is Maria Gonzalez, email me at jane.doe@example.com", context);

        using var reply = harness.Reidentifier.Reidentify("Thanks <PERSON_NAME_1>, we wrote to <EMAIL_1>.", context);
        Assert.Equal("Thanks Maria Gonzalez, we wrote to jane.doe@example.com.", Read(reply));
    }

    [Fact]
    public async Task Reidentify_AnotherConversationsPlaceholder_StaysAsWritten()
    {
        using var harness = Harness.Create();
        var mine = Harness.NewConversation("me");
        var theirs = Harness.NewConversation("someone-else");
        await harness.AcceptAsync("my name is Maria Gonzalez", mine);
        await harness.AcceptAsync("my name is John Smith, email me at john@example.org", theirs);

        // The reply quotes EMAIL_1, which exists only in the other customer's table.
        using var reply = harness.Reidentifier.Reidentify("Hello <PERSON_NAME_1>, is <EMAIL_1> yours? <PERSON_NAME_2>?", mine);
        var text = Read(reply);
        Assert.Equal("Hello Maria Gonzalez, is <EMAIL_1> yours? <PERSON_NAME_2>?", text);
        Assert.DoesNotContain("john", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reidentify_UnknownPlaceholders_RedactedWhenConfigured()
    {
        using var harness = Harness.Create(o => o.UnknownPlaceholders = "Redact");
        var context = Harness.NewConversation();
        await harness.AcceptAsync("my name is Maria Gonzalez", context);

        using var reply = harness.Reidentifier.Reidentify("<PERSON_NAME_1> and <PERSON_NAME_9> and <ACME_ID_2>", context);
        Assert.Equal("Maria Gonzalez and [NAME] and [REDACTED]", Read(reply));
    }

    [Fact]
    public async Task Reidentify_ARoundTrip_GivesBackTheMessage()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        const string message = "my name is Maria Gonzalez and you can call me at (415) 555-2671";
        var accepted = await harness.AcceptAsync(message, context);
        using var reply = harness.Reidentifier.Reidentify(accepted.View(Sink.Bot).Text!, context);
        Assert.Equal(message, Read(reply));
    }

    [Fact]
    public void Reidentify_TextWithoutPlaceholders_IsUnchanged()
    {
        using var harness = Harness.Create();
        using var reply = harness.Reidentifier.Reidentify("Our hours are 9 <to> 5, <A_0> and <B_x>.", Harness.NewConversation());
        Assert.Equal("Our hours are 9 <to> 5, <A_0> and <B_x>.", Read(reply));
    }

    [Fact]
    public async Task Reidentify_LogsCountsOnly()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        await harness.AcceptAsync("my name is Maria Gonzalez", context);
        using var reply = harness.Reidentifier.Reidentify("Thanks <PERSON_NAME_1> <EMAIL_4>", context);
        var record = harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1107);
        Assert.Equal("1", record.GetStructuredStateValue("Replaced"));
        Assert.Equal("1", record.GetStructuredStateValue("Unknown"));
        Assert.DoesNotContain("Maria", harness.LogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reidentify_RestrictedClass_IsMaskedAsTheEchoSinkShowsIt()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        var accepted = await harness.AcceptAsync("my ssn is 536-90-4399", context);
        Assert.Equal("my ssn is <US_SSN_1>", accepted.View(Sink.Bot).Text);
        Assert.Equal(RedactionAction.Mask, harness.Policy.Decide(DataClasses.UsSsn, Sink.Echo));

        using var reply = harness.Reidentifier.Reidentify("We have <US_SSN_1> on file.", context);
        Assert.Equal("We have ***-**-4399 on file.", Read(reply));
    }

    [Theory]
    [InlineData("Allow", "Mail to jane.doe@example.com.")]
    [InlineData("Mask", "Mail to j***.***@example.com.")]
    [InlineData("Redact", "Mail to [EMAIL ADDRESS].")]
    [InlineData("Hash", "Mail to [EMAIL ADDRESS].")]
    [InlineData("Drop", "Mail to [EMAIL ADDRESS].")]
    [InlineData("Block", "Mail to [EMAIL ADDRESS].")]
    [InlineData("Pseudonymize", "Mail to <EMAIL_1>.")]
    [InlineData("Tokenize", "Mail to <EMAIL_1>.")]
    public void Reidentify_OwnPlaceholder_FollowsTheEchoSinksAction(string echoAction, string expected)
    {
        using var harness = Harness.Create(o =>
        {
            o.Classes["EMAIL"] = new ClassPolicyOptions { Sinks = { ["echo"] = echoAction } };
            o.Hashing.Key = Harness.HashKey;
        });
        var context = Harness.NewConversation();
        Assert.Equal("<EMAIL_1>", context.Pseudonyms.GetOrAdd(DataClasses.Email, "jane.doe@example.com"));

        using var reply = harness.Reidentifier.Reidentify("Mail to <EMAIL_1>.", context);
        Assert.Equal(expected, Read(reply));
    }

    [Fact]
    public void Reidentify_ClassThePolicyDoesNotKnow_IsRedacted()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        context.Pseudonyms.GetOrAdd(DataClass.Custom("GONE_ID", "Custom", SensitivityTier.Internal), "AB-1234");
        using var reply = harness.Reidentifier.Reidentify("id <GONE_ID_1>", context);
        Assert.Equal("id [REDACTED]", Read(reply));
    }

    private static string Read(RawText text) => text.Open(0, static (span, _) => span.ToString());
}
