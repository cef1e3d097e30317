using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Shaping;

/// <summary>Every action on every built-in class, applied to the agent sink with no regulation profile.</summary>
public class ActionTests
{
    public static TheoryData<string, RedactionAction> ClassesAndActions()
    {
        var data = new TheoryData<string, RedactionAction>();
        foreach (var planted in Planted.All)
        {
            foreach (var action in Enum.GetValues<RedactionAction>())
            {
                // The baseline never lets credentials out in any form; CredentialsRule tests cover the rejection.
                if (planted.Class.Family == "credentials" && action is not (RedactionAction.Redact or RedactionAction.Drop or RedactionAction.Block))
                {
                    continue;
                }

                data.Add(planted.Class.Name, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClassesAndActions))]
    public async Task Process_ActionForClassInAgentSink_ShapesAsTheActionSays(string className, RedactionAction action)
    {
        var planted = Planted.Of(className);
        using var harness = Harness.Create(o =>
        {
            o.Profiles = [];
            o.Hashing.KeyId = 7;
            o.Hashing.Key = Harness.HashKey;
            o.Classes[className] = new ClassPolicyOptions { Action = nameof(RedactionAction.Redact) };
            o.Classes[className].Sinks["agent"] = action.ToString();
        });
        var context = Harness.NewConversation();

        var outcome = await harness.ProcessAsync(planted.Sentence, context);

        if (action == RedactionAction.Block)
        {
            var blocked = Assert.IsType<BlockedMessage>(outcome);
            var reason = Assert.Single(blocked.Reasons);
            Assert.Equal(planted.Class, reason.DataClass);
            Assert.Null(Leaks.Find(blocked.CustomerMessage, planted.Value));
            Assert.Contains(planted.Class.DisplayName, blocked.CustomerMessage, StringComparison.Ordinal);
            Assert.Equal(0, context.Pseudonyms.Count);
            return;
        }

        var accepted = Assert.IsType<AcceptedMessage>(outcome);
        var view = accepted.View(Sink.HumanAgent);
        Assert.Equal(new ClassActionCount(planted.Class, action, 1), Assert.Single(view.Summary));
        var prefix = planted.Sentence[..planted.Sentence.IndexOf(planted.Value, StringComparison.Ordinal)];
        switch (action)
        {
            case RedactionAction.Allow:
                Assert.Equal(planted.Sentence, view.Text);
                break;
            case RedactionAction.Mask:
                Assert.Equal(planted.Sentence.Length, view.Text!.Length);
                Assert.StartsWith(prefix, view.Text, StringComparison.Ordinal);
                Assert.Contains('*', view.Text);
                Assert.Null(Leaks.Find(view.Text, planted.Value));
                break;
            case RedactionAction.Redact:
                Assert.Equal(prefix + "[" + planted.Class.DisplayName.ToUpperInvariant() + "]" + planted.Sentence[(prefix.Length + planted.Value.Length)..], view.Text);
                break;
            case RedactionAction.Pseudonymize:
                Assert.Equal(prefix + $"<{planted.Class.Name}_1>" + planted.Sentence[(prefix.Length + planted.Value.Length)..], view.Text);
                Assert.Equal(1, context.Pseudonyms.Count);
                break;
            case RedactionAction.Tokenize:
                var token = Assert.Single(accepted.Tokens);
                Assert.Equal(planted.Class, token.Class);
                Assert.StartsWith("tok_", token.Token, StringComparison.Ordinal);
                Assert.Equal(prefix + token.Token + planted.Sentence[(prefix.Length + planted.Value.Length)..], view.Text);
                break;
            case RedactionAction.Hash:
                Assert.StartsWith(prefix + $"<{planted.Class.Name}#7:", view.Text, StringComparison.Ordinal);
                Assert.Null(Leaks.Find(view.Text, planted.Value));
                break;
            case RedactionAction.Drop:
                Assert.True(view.IsDropped);
                Assert.Null(view.Text);
                Assert.Contains(accepted.Views, v => v.Text is not null);
                break;
        }

        // The other sinks were told Redact.
        Assert.Equal(prefix + "[" + planted.Class.DisplayName.ToUpperInvariant() + "]" + planted.Sentence[(prefix.Length + planted.Value.Length)..], accepted.View(Sink.Logs).Text);
    }

    [Fact]
    public async Task Hash_SameValueWrittenDifferently_GivesTheSameHash()
    {
        using var harness = Harness.Create(o =>
        {
            o.Hashing.KeyId = 3;
            o.Hashing.Key = Harness.HashKey;
            o.Classes["CARD_NUMBER"] = new ClassPolicyOptions();
            o.Classes["CARD_NUMBER"].Sinks["analytics"] = "Hash";
        });
        var spaced = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        var dashed = await harness.AcceptAsync("my card number is 4111-1111-1111-1111", Harness.NewConversation("other"));
        var other = await harness.AcceptAsync("my card number is 5555 5555 5555 4444", Harness.NewConversation());

        Assert.Equal(spaced.View(Sink.Analytics).Text, dashed.View(Sink.Analytics).Text);
        Assert.NotEqual(spaced.View(Sink.Analytics).Text, other.View(Sink.Analytics).Text);
        Assert.Contains("<CARD_NUMBER#3:", spaced.View(Sink.Analytics).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hash_AnotherKeyId_GivesAnotherHash()
    {
        const string text = "email me at jane.doe@example.com";
        using var first = Harness.Create(o => { o.Hashing.KeyId = 1; o.Hashing.Key = Harness.HashKey; o.Classes["EMAIL"] = new ClassPolicyOptions { Action = "Hash" }; });
        using var second = Harness.Create(o => { o.Hashing.KeyId = 2; o.Hashing.Key = Convert.ToBase64String(new byte[32]); o.Classes["EMAIL"] = new ClassPolicyOptions { Action = "Hash" }; });
        var a = (await first.AcceptAsync(text, Harness.NewConversation())).View(Sink.Logs).Text!;
        var b = (await second.AcceptAsync(text, Harness.NewConversation())).View(Sink.Logs).Text!;
        Assert.Contains("<EMAIL#1:", a, StringComparison.Ordinal);
        Assert.Contains("<EMAIL#2:", b, StringComparison.Ordinal);
        Assert.NotEqual(a[(a.IndexOf(':', StringComparison.Ordinal) + 1)..], b[(b.IndexOf(':', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public async Task Tokenize_SameValueTwiceInAMessage_CallsTheVaultOnce()
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync("card number 4111 1111 1111 1111, again card number 4111-1111-1111-1111", Harness.NewConversation());
        Assert.Equal(2, accepted.Tokens.Count);
        Assert.Equal(accepted.Tokens[0].Token, accepted.Tokens[1].Token);
        Assert.Equal(1, harness.Tokenizer!.Calls);
        Assert.Equal("Visa •••• 1111", accepted.Tokens[0].DisplayHint);
    }

    [Fact]
    public async Task Redact_LabelIsTheDisplayNameInCapitals()
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        Assert.Equal("my card number is [CARD NUMBER]", accepted.View(Sink.Logs).Text);
    }

    [Fact]
    public async Task Summary_CountsValuesPerClass_WithoutValues()
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync("email me at jane.doe@example.com or at j.doe@example.org, call me at (415) 555-2671", Harness.NewConversation());
        Assert.Equal([new ClassCount(DataClasses.Email, 2), new ClassCount(DataClasses.Phone, 1)], accepted.Findings);
        Assert.Contains(new ClassActionCount(DataClasses.Email, RedactionAction.Pseudonymize, 2), accepted.View(Sink.Bot).Summary);
        Assert.DoesNotContain("jane", accepted.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("jane", accepted.View(Sink.Bot).ToString(), StringComparison.Ordinal);
    }
}
