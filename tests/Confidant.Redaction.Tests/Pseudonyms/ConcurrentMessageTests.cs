using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Pseudonyms;

/// <summary>Two messages of one conversation processed at once: one failing never takes the other's pseudonyms with it.</summary>
public class ConcurrentMessageTests
{
    private const string FailingMessage = "my name is Maria Gonzalez and my card number is 4111 1111 1111 1111";

    [Fact]
    public async Task Process_MessageFailsWhileAnotherIsAccepted_KeepsTheOthersPseudonyms()
    {
        var vault = new GatedTokenizer();
        using var harness = Harness.Create(tokenizer: vault);
        var context = Harness.NewConversation();

        var failing = harness.ProcessAsync(FailingMessage, context);
        await vault.Entered.Task;
        var accepted = await harness.AcceptAsync("email me at jane.doe@example.com", context);
        vault.Release.SetResult();

        Assert.IsType<FailedMessage>(await failing);
        Assert.Equal("email me at <EMAIL_1>", accepted.View(Sink.Bot).Text);
        Assert.Equal(1, context.Pseudonyms.Count);
        Assert.True(context.Pseudonyms.TryResolve("EMAIL", 1, out var email));
        Assert.Equal("jane.doe@example.com", email);
        Assert.False(context.Pseudonyms.TryResolve("PERSON_NAME", 1, out _));
    }

    [Fact]
    public async Task Process_MessageFails_KeepsAValueAnotherAcceptedMessageUses()
    {
        var vault = new GatedTokenizer();
        using var harness = Harness.Create(tokenizer: vault);
        var context = Harness.NewConversation();

        var failing = harness.ProcessAsync(FailingMessage, context);
        await vault.Entered.Task;
        var accepted = await harness.AcceptAsync("yes, my name is Maria Gonzalez", context);
        vault.Release.SetResult();

        Assert.IsType<FailedMessage>(await failing);
        Assert.Equal("yes, my name is <PERSON_NAME_1>", accepted.View(Sink.Bot).Text);
        using var reply = harness.Reidentifier.Reidentify("Thanks <PERSON_NAME_1>", context);
        Assert.Equal("Thanks Maria Gonzalez", reply.Open(0, static (span, _) => span.ToString()));
    }

    [Fact]
    public void Rollback_RemovesOnlyTheScopesOwnValues_AndNumbersNeverRepeat()
    {
        var table = new PseudonymTable();
        var first = table.BeginScope();
        var second = table.BeginScope();
        Assert.Equal("<CARD_NUMBER_1>", table.GetOrAdd(DataClasses.CardNumber, "4111111111111111", first));
        Assert.Equal("<CARD_NUMBER_2>", table.GetOrAdd(DataClasses.CardNumber, "5555555555554444", second));

        table.Rollback(first);
        table.Commit(second);

        Assert.False(table.TryResolve("CARD_NUMBER", 1, out _));
        Assert.True(table.TryResolve("CARD_NUMBER", 2, out var kept));
        Assert.Equal("5555555555554444", kept);
        Assert.Equal("<CARD_NUMBER_3>", table.GetOrAdd(DataClasses.CardNumber, "4012888888881881"));
        Assert.Equal("<CARD_NUMBER_2>", table.GetOrAdd(DataClasses.CardNumber, "5555 5555 5555 4444"));
    }

    [Fact]
    public void Rollback_ValueSharedWithACommittedScope_Stays()
    {
        var table = new PseudonymTable();
        var first = table.BeginScope();
        var second = table.BeginScope();
        table.GetOrAdd(DataClasses.Email, "jane.doe@example.com", first);
        table.GetOrAdd(DataClasses.Email, "jane.doe@example.com", second);

        table.Commit(second);
        table.Rollback(first);
        table.Rollback(first); // a second rollback does nothing

        Assert.Equal(1, table.Count);
        Assert.True(table.TryResolve("EMAIL", 1, out _));
    }

    [Fact]
    public void Rollback_ValueOnlyPendingScopesUsed_GoesWithTheLastOfThem()
    {
        var table = new PseudonymTable();
        var first = table.BeginScope();
        var second = table.BeginScope();
        table.GetOrAdd(DataClasses.Email, "jane.doe@example.com", first);
        table.GetOrAdd(DataClasses.Email, "jane.doe@example.com", second);

        table.Rollback(first);
        Assert.Equal(1, table.Count);
        table.Rollback(second);
        Assert.Equal(0, table.Count);
        Assert.Equal("<EMAIL_1>", table.GetOrAdd(DataClasses.Email, "john@example.org"));
    }

    [Fact]
    public async Task Rollback_ManyMessagesAtOnce_LeaveExactlyTheAcceptedOnes()
    {
        var table = new PseudonymTable();
        await Parallel.ForAsync(0, 200, async (i, _) =>
        {
            await Task.Yield();
            var scope = table.BeginScope();
            table.GetOrAdd(DataClasses.Email, $"user{i}@example.com", scope);
            table.GetOrAdd(DataClasses.Email, "shared@example.com", scope);
            if (i % 2 == 0)
            {
                table.Commit(scope);
            }
            else
            {
                table.Rollback(scope);
            }
        });

        Assert.Equal(101, table.Count); // 100 accepted values and the shared one
        var values = new List<string>();
        for (var n = 1; n <= 400; n++)
        {
            if (table.TryResolve("EMAIL", n, out var value))
            {
                values.Add(value);
            }
        }

        var expected = Enumerable.Range(0, 100).Select(i => $"user{i * 2}@example.com").Append("shared@example.com");
        Assert.Equal(expected.Order(StringComparer.Ordinal), values.Order(StringComparer.Ordinal));
    }
}
