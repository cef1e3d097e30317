using System.Net;
using System.Net.Http.Json;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Identity.Messaging;
using Confidant.Server.Agent;
using Confidant.Server.Tests.Account;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Server.Tests.Dialog;

/// <summary>Hand-off: the agent sees the queue and the agent view of the conversation; nobody else does; reads are audited.</summary>
public sealed class HandoffTests : IDisposable
{
    private readonly AccountHost _host;

    public HandoffTests() => (_host, _) = BotHost.Create("retail");

    [Fact]
    public async Task An_agent_reads_a_handed_off_conversation_through_the_agent_view_only()
    {
        using var customerBrowser = _host.Browser();
        var chat = new ChatClient(customerBrowser.Client);
        await chat.StartAsync();
        await chat.SayAsync("my card 4111 1111 1111 1111 was charged twice for order DEMO-ORD-1A2B3C4D");
        var handed = await chat.SayAsync("I want to talk to a person");
        Assert.Contains("one of our team", handed.Reply!.Text, StringComparison.Ordinal);

        // The customer is not an agent.
        Assert.Equal(HttpStatusCode.Unauthorized, (await customerBrowser.Client.GetAsync("/api/agent/conversations")).StatusCode);

        const string AgentEmail = "agent.one@example.com";
        await _host.CreateStaffAsync(AgentEmail, "agent passphrase that is long", "agent");
        using var desk = _host.Browser();
        var agent = new Customer(_host, AgentEmail, "agent passphrase that is long");
        await agent.SubmitPasswordAsync(desk);
        await desk.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = await _host.LatestCodeAsync(AgentEmail, SecurityMessageKind.SignInCode) }, "Code");

        var queue = await desk.Client.GetFromJsonAsync<List<AgentEndpoints.HandedOffConversation>>("/api/agent/conversations");
        Assert.Contains(queue!, c => c.ConversationId == chat.Conversation);
        var messages = await desk.Client.GetFromJsonAsync<List<AgentEndpoints.AgentMessage>>($"/api/agent/conversations/{chat.Conversation}/messages");
        var first = messages!.First(m => m.Role == "customer").Text!;
        Assert.Contains("1111", first, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111", first, StringComparison.Ordinal);

        // A conversation that was not handed over is not the agent's to read.
        using var other = _host.Browser();
        var quiet = new ChatClient(other.Client);
        await quiet.StartAsync();
        await quiet.SayAsync("hello");
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.GetAsync($"/api/agent/conversations/{quiet.Conversation}/messages")).StatusCode);

        var reads = new List<AuditEvent>();
        await foreach (var entry in _host.Services.GetRequiredService<AuditLedger>().ReadEntriesAsync())
        {
            var e = AuditEntryCodec.Decode(entry.Entry);
            if (e.Type.Id == AuditEventTypes.ConversationRead.Id)
            {
                reads.Add(e);
            }
        }

        Assert.Contains(reads, e => e.Outcome == AuditOutcome.Success && e.Actor.StartsWith("staff:", StringComparison.Ordinal));
        Assert.Contains(reads, e => e.Outcome == AuditOutcome.Denied);
    }

    public void Dispose() => _host.Dispose();
}
