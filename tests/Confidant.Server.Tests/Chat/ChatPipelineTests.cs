using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Detection.Taxonomy;
using Confidant.Server.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Server.Tests.Chat;

/// <summary>The pipeline on every message, as a customer in the web chat sees it.</summary>
public sealed partial class ChatPipelineTests : IClassFixture<ChatHostFixture>
{
    private const string Card = "4111 1111 1111 1111";
    private readonly ChatHost _host;

    public ChatPipelineTests(ChatHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task ACardInTheFirstMessage_IsMaskedInTheTranscript_AndTheCustomerIsToldWithoutRepeatingIt()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        var turn = await ChatHost.SendAsync(browser, conversation, $"I want to buy item #389501 my cc is {Card} exp 01/27");

        Assert.NotNull(turn.Message);
        Assert.DoesNotContain("4111 1111 1111", turn.Message!.Text, StringComparison.Ordinal);
        Assert.Contains("1111", turn.Message.Text, StringComparison.Ordinal); // last four shown
        var notice = Assert.Single(turn.Notices, n => n.Code == "protected:CARD_NUMBER");
        Assert.Contains("card number", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", notice.Text, StringComparison.Ordinal);
        Assert.NotNull(turn.Reply);
        Assert.DoesNotContain("4111", turn.Reply!.Text, StringComparison.Ordinal);

        var transcript = await browser.GetFromJsonAsync<List<ChatMessageView>>($"/api/conversations/{conversation}/messages");
        Assert.Equal(["customer", "bot"], transcript!.Select(m => m.Role).ToArray());
        Assert.Equal(turn.Message!.Text, transcript![0].Text);
    }

    [Fact]
    public async Task AStoredMessage_HasItsAuditEntry_NamingItAndTheClassesFound_NeverTheValue()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        var turn = await ChatHost.SendAsync(browser, conversation, $"my cc is {Card}");

        var stored = new List<AuditEvent>();
        await foreach (var entry in _host.Services.GetRequiredService<AuditLedger>().ReadEntriesAsync())
        {
            // Not even a fragment of the card, once the entry's random ids are set aside: they are hex,
            // and one ("…-56279c574111") once held "4111" by chance.
            var json = Guids().Replace(Encoding.UTF8.GetString(entry.Entry), "<id>");
            Assert.DoesNotContain("4111", json, StringComparison.Ordinal);
            var e = AuditEntryCodec.Decode(entry.Entry);
            if (e.Type.Id == AuditEventTypes.MessageStored.Id && e.Target!.Ids.Contains(turn.Message!.Id.ToString()))
            {
                stored.Add(e);
            }
        }

        var only = Assert.Single(stored);
        Assert.Equal(AuditOutcome.Success, only.Outcome);
        Assert.Equal(1, only.Target!.Classes["CARD_NUMBER"]);
    }

    [Fact]
    public async Task AStartedConversation_IsStoredWithItsOneAuditEntry_InTheMessagesGroupCommit()
    {
        using var browser = _host.Browser();

        // The first request gets the visitor cookie; then several at once, so starts share commits
        // with each other and with messages.
        var first = await ChatHost.StartAsync(browser);
        var conversations = (await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ChatHost.StartAsync(browser)))).Append(first).ToArray();
        var turns = await Task.WhenAll(conversations.Select(c => ChatHost.SendAsync(browser, c, "hello")));

        var started = new List<string>();
        await foreach (var entry in _host.Services.GetRequiredService<AuditLedger>().ReadEntriesAsync())
        {
            var e = AuditEntryCodec.Decode(entry.Entry);
            if (e.Type.Id == AuditEventTypes.ConversationStarted.Id)
            {
                started.AddRange(e.Target!.Ids);
            }
        }

        Assert.All(turns, t => Assert.NotNull(t.Message));
        Assert.All(conversations, c => Assert.Single(started, id => id == c.ToString()));
    }

    [Fact]
    public async Task ACardSplitAcrossTwoMessages_IsFoundInTheSecond()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        await ChatHost.SendAsync(browser, conversation, "my card is 4111 1111");
        var second = await ChatHost.SendAsync(browser, conversation, "1111 1111");

        Assert.Contains(second.Notices, n => n.Code == "protected:CARD_NUMBER");
    }

    [Fact]
    public async Task ACardSecurityCode_IsBlocked_TheCustomerIsToldWhy_AndNothingIsKept()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        var turn = await ChatHost.SendAsync(browser, conversation, "my card is 4111 1111 1111 1111 and the cvv is 737");

        Assert.Null(turn.Message);
        Assert.NotNull(turn.Blocked);
        Assert.DoesNotContain("737", turn.Blocked!.Text, StringComparison.Ordinal);
        var transcript = await browser.GetFromJsonAsync<List<ChatMessageView>>($"/api/conversations/{conversation}/messages");
        Assert.Empty(transcript!);
    }

    [Fact]
    public async Task BlockedMessages_EachHaveOneDeniedAuditEntry_NamingTheClass_NeverTheValue()
    {
        using var browser = _host.Browser();
        await ChatHost.StartAsync(browser); // the visitor cookie
        var blocked = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => ChatHost.StartAsync(browser)));
        var stored = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ChatHost.StartAsync(browser)));

        // Sent at once, so blocked messages share group commits with each other and with stored ones.
        var turns = await Task.WhenAll(
            blocked.Select(c => ChatHost.SendAsync(browser, c, "my card is 4111 1111 1111 1111 and the cvv is 737"))
                .Concat(stored.Select(c => ChatHost.SendAsync(browser, c, "hello"))));

        Assert.All(turns.Take(blocked.Length), t => Assert.NotNull(t.Blocked));
        Assert.All(turns.Skip(blocked.Length), t => Assert.NotNull(t.Message));
        var denied = new List<AuditEvent>();
        await foreach (var entry in _host.Services.GetRequiredService<AuditLedger>().ReadEntriesAsync())
        {
            // Ids are hex and may hold a short run of digits; a space or eight digits they never do.
            var bytes = Encoding.UTF8.GetString(entry.Entry);
            Assert.DoesNotContain("4111 1111", bytes, StringComparison.Ordinal);
            Assert.DoesNotContain("41111111", bytes, StringComparison.Ordinal);
            var e = AuditEntryCodec.Decode(entry.Entry);
            if (e.Type.Id == AuditEventTypes.MessageBlocked.Id)
            {
                denied.Add(e);
            }
        }

        // Each entry is exactly what was decided: the conversation, the class that blocked it and
        // how many, no reason text (the security code itself is too short to look for in bytes).
        Assert.All(blocked, c =>
        {
            var entry = Assert.Single(denied, e => e.Target!.Ids.Contains(c.ToString()));
            Assert.Equal(AuditOutcome.Denied, entry.Outcome);
            Assert.Equal([c.ToString()], entry.Target!.Ids);
            Assert.Equal(new Dictionary<string, int> { [DataClasses.CardSecurityCode.Name] = 1 }, entry.Target.Classes);
            Assert.Null(entry.Reason);
        });
        Assert.DoesNotContain(denied, e => stored.Any(c => e.Target!.Ids.Contains(c.ToString())));
    }

    [Fact]
    public async Task TheSecureInput_TokenizesTheCard_AndTheConversationShowsOnlyItsLastDigits()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);
        var offer = await ChatHost.SendAsync(browser, conversation, "I'd like to pay for my order");
        Assert.Equal("card", offer.Capture?.Kind);

        var response = await browser.PostAsJsonAsync($"/api/conversations/{conversation}/capture", new CaptureValueRequest("card", "4242 4242 4242 4242"));
        response.EnsureSuccessStatusCode();
        var turn = (await response.Content.ReadFromJsonAsync<ChatTurn>())!;

        Assert.Contains("4242", turn.Message!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4242 4242", turn.Message.Text, StringComparison.Ordinal);
        var transcript = await browser.GetFromJsonAsync<List<ChatMessageView>>($"/api/conversations/{conversation}/messages");
        Assert.All(transcript!, m => Assert.DoesNotContain("4242 4242", m.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", ChatErrorCodes.EmptyMessage, HttpStatusCode.BadRequest)]
    [InlineData("   ", ChatErrorCodes.EmptyMessage, HttpStatusCode.BadRequest)]
    public async Task BadMessages_GetTheirCode(string text, string code, HttpStatusCode status)
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        var response = await browser.PostAsJsonAsync($"/api/conversations/{conversation}/messages", new SendMessageRequest(text));

        await AssertProblemAsync(response, status, code);
    }

    [Fact]
    public async Task ATooLongMessage_IsRefusedWithItsCode_WithoutEchoingIt()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        var response = await browser.PostAsJsonAsync($"/api/conversations/{conversation}/messages", new SendMessageRequest(Card + new string('x', 5000)));

        var body = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ChatErrorCodes.MessageTooLong);
        Assert.DoesNotContain("4111", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenUnicode_AndMalformedJson_GetTheirCodes()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        var lone = await browser.PostAsync($"/api/conversations/{conversation}/messages", new StringContent("{\"text\":\"hi \\ud800 there\"}", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(lone, HttpStatusCode.BadRequest, ChatErrorCodes.BrokenUnicode);

        var invalidUtf8 = new ByteArrayContent([.. "{\"text\":\"hi "u8, 0xFF, 0xFE, .. "\"}"u8]);
        invalidUtf8.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await AssertProblemAsync(await browser.PostAsync($"/api/conversations/{conversation}/messages", invalidUtf8), HttpStatusCode.BadRequest, ChatErrorCodes.BrokenUnicode);

        var malformed = await browser.PostAsync($"/api/conversations/{conversation}/messages", new StringContent("{\"text\": 4111111111111111", Encoding.UTF8, "application/json"));
        var body = await AssertProblemAsync(malformed, HttpStatusCode.BadRequest, ChatErrorCodes.MalformedRequest);
        Assert.DoesNotContain("4111", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherVisitorsConversation_IsNotFound()
    {
        using var alice = _host.Browser();
        using var mallory = _host.Browser();
        var conversation = await ChatHost.StartAsync(alice);
        await ChatHost.SendAsync(alice, conversation, "hello");
        await ChatHost.StartAsync(mallory);

        await AssertProblemAsync(await mallory.GetAsync($"/api/conversations/{conversation}/messages"), HttpStatusCode.NotFound, ChatErrorCodes.ConversationNotFound);
        await AssertProblemAsync(await mallory.PostAsJsonAsync($"/api/conversations/{conversation}/messages", new SendMessageRequest("hi")), HttpStatusCode.NotFound, ChatErrorCodes.ConversationNotFound);
        await AssertProblemAsync(await mallory.GetAsync($"/api/conversations/{Guid.NewGuid()}/messages"), HttpStatusCode.NotFound, ChatErrorCodes.ConversationNotFound);
    }

    [Fact]
    public async Task AnInvalidCardInTheSecureInput_IsRefused_AndAnUnknownKindToo()
    {
        using var browser = _host.Browser();
        var conversation = await ChatHost.StartAsync(browser);

        await AssertProblemAsync(await browser.PostAsJsonAsync($"/api/conversations/{conversation}/capture", new CaptureValueRequest("card", "4111 1111 1111 1112")), HttpStatusCode.UnprocessableEntity, ChatErrorCodes.InvalidCapture);
        await AssertProblemAsync(await browser.PostAsJsonAsync($"/api/conversations/{conversation}/capture", new CaptureValueRequest("ssn", "078-05-1120")), HttpStatusCode.BadRequest, ChatErrorCodes.UnknownCaptureKind);
    }

    [Fact]
    public async Task ACrossSiteFormCannotStartAConversation()
    {
        using var browser = _host.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/conversations");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        await AssertProblemAsync(await browser.SendAsync(request), HttpStatusCode.Forbidden, ChatErrorCodes.CrossSite);
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Contains($"\"code\":\"{code}\"", body, StringComparison.Ordinal);
        return body;
    }

    /// <summary>GUIDs as the audit entry writes them.</summary>
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();
}
