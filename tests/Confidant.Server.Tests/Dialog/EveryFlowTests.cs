using System.Text;
using System.Text.Json;
using Confidant.Detection;
using Confidant.Dialog.Engine;
using Confidant.Dialog.Packs;
using Confidant.Server.Chat;
using Confidant.Server.Tests.Account;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Server.Tests.Dialog;

/// <summary>
/// Every flow of every shipped bot, through the chat API as a signed-in customer: each one
/// answers, and after every turn the sealed dialog state holds only slots its flow declares, never
/// the customer's other words, and nothing once the flow is over.
/// </summary>
public sealed class EveryFlowTests
{
    // One message per flow that starts it and gives what it needs; the words in Planted must never be kept.
    public static TheoryData<string, string, string> Flows() => new()
    {
        { "banking", "balance", "hi, what's my balance? my name is Zed Quimby" },
        { "banking", "transactions", "show me my recent transactions" },
        { "banking", "freeze-card", "freeze my card ending 4321" },
        { "banking", "unfreeze-card", "please unfreeze my card ending 4321" },
        { "banking", "lost-card", "I lost my card ending 4321" },
        { "banking", "transfer", "send 20 to landlord" },
        { "banking", "change-address", "my new postcode is NW1 6XE" },
        { "banking", "branch-hours", "when do your branches open?" },
        { "banking", "human-agent", "I want to speak to a human" },
        { "banking", "greeting", "hello" },
        { "banking", "goodbye", "bye, thanks" },
        { "retail", "find-product", "do you sell backpacks?" },
        { "retail", "order-item", "I want to buy item #389501" },
        { "retail", "pay-card", "I'd like to pay by card" },
        { "retail", "order-status", "where is my order DEMO-ORD-1A2B3C4D?" },
        { "retail", "returns", "I want to return order DEMO-ORD-1A2B3C4D" },
        { "retail", "human-agent", "can I talk to a person" },
        { "retail", "greeting", "hi there" },
        { "retail", "goodbye", "thanks, bye" },
        { "healthcare", "symptoms", "I have a pounding headache, Zed Quimby here" },
        { "healthcare", "book-appointment", "book me an appointment please" },
        { "healthcare", "medical-history", "I had my appendix removed years ago and take metformin" },
        { "healthcare", "human-agent", "can I speak to a nurse" },
        { "healthcare", "greeting", "hello" },
        { "healthcare", "goodbye", "goodbye" },
    };

    [Theory]
    [MemberData(nameof(Flows))]
    public async Task The_flow_answers_and_the_state_holds_only_its_declared_slots(string bot, string intent, string message)
    {
        var (host, backends) = BotHost.Create(bot);
        using (host)
        {
            var customer = Customer.New(host);
            using var laptop = host.Browser();
            await customer.RegisterAsync(laptop);
            var chat = new ChatClient(laptop.Client);
            await chat.StartAsync();

            var turn = await chat.SayAsync(message);
            Assert.False(string.IsNullOrWhiteSpace(turn.Reply?.Text));
            Assert.DoesNotContain("Sorry, I didn't", turn.Reply!.Text, StringComparison.Ordinal);

            var pack = PackLoader.Load(Path.Combine(AppContext.BaseDirectory, "bots", bot));
            var state = JsonSerializer.Deserialize<DialogState>(await DialogStateAsync(host, chat.Conversation))!;
            var declared = state.Flow is { } flow ? pack.Flows[flow].Slots : [];
            Assert.All(state.Slots.Keys, k => Assert.Contains(k, declared));
            Assert.True(state.Flow is null || state.Flow == intent, $"expected flow {intent}, state is in {state.Flow}");
            var text = JsonSerializer.Serialize(state);
            foreach (var word in new[] { "Zed", "Quimby", "appendix", "metformin", "pounding" })
            {
                Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
            }

            // What the backends saw: the customer only as a pseudonym, none of their other words.
            var calls = backends().AllCalls;
            Assert.DoesNotContain(customer.Email, calls, StringComparison.OrdinalIgnoreCase);
            foreach (var word in new[] { "Zed", "Quimby", "appendix", "metformin", "pounding" })
            {
                Assert.DoesNotContain(word, calls, StringComparison.OrdinalIgnoreCase);
            }

            Assert.All(backends().Calls.Where(c => c.Contains(" c_", StringComparison.Ordinal)), c => Assert.Matches(@"^\S+ c_[0-9a-f]{32}( |$)", c));
        }
    }

    private static async Task<byte[]> DialogStateAsync(AccountHost host, Guid conversation)
    {
        var connection = await host.Services.GetRequiredService<Confidant.Storage.ConfidantDbFactory>().OpenConnectionAsync();
        string subject;
        await using (connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"SubjectId\" FROM conversations";
            subject = (string)(await command.ExecuteScalarAsync())!;
        }

        var (_, sealedState) = await host.Services.GetRequiredService<ConversationStore>().TryLoadStateAsync("default", subject, conversation);
        var (_, _, dialog) = ConversationState.Read(sealedState, host.Services.GetRequiredService<ISensitiveDataDetector>());
        return dialog.Length == 0 ? Encoding.UTF8.GetBytes("{}") : dialog;
    }
}
