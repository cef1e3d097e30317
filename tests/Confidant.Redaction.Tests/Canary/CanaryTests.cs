using System.Globalization;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Canary;

/// <summary>
/// Planted values of every built-in class, shaped for every sink under the default profiles: no raw
/// value, nor its compact, spaced or dashed formatting, appears where the policy does not allow it,
/// and none appears in the logs at all.
/// </summary>
public class CanaryTests
{
    [Fact]
    public async Task Canary_EveryClassEverySink_NoRawValueWhereThePolicyForbidsIt()
    {
        using var harness = CreateHarness();
        var leaks = new List<string>();
        var checkedViews = 0;
        foreach (var planted in Planted.All)
        {
            var context = Harness.NewConversation();
            var outcome = await harness.ProcessAsync(planted.Sentence, context);
            checkedViews += Check(harness.Policy, outcome, [planted], leaks);
        }

        Assert.Empty(leaks);
        Assert.True(checkedViews > 150, $"only {checkedViews} views checked");
        AssertLogsClean(harness, Planted.All.Select(p => p.Value));
    }

    [Fact]
    public async Task Canary_AllClassesInOneConversation_NoRawValueWhereThePolicyForbidsIt()
    {
        using var harness = CreateHarness();
        var context = Harness.NewConversation();
        var leaks = new List<string>();
        var accepted = Planted.All.Where(p => harness.Policy.Sinks.All(s => harness.Policy.Decide(p.Class, s) != RedactionAction.Block)).ToList();

        // Pairs of values per message, so shaping handles several classes at once.
        for (var i = 0; i < accepted.Count; i += 2)
        {
            var pair = accepted.Skip(i).Take(2).ToList();
            var outcome = await harness.ProcessAsync(string.Join(". Also, ", pair.Select(p => p.Sentence)), context);
            Check(harness.Policy, outcome, pair, leaks);
        }

        Assert.Empty(leaks);
        AssertLogsClean(harness, Planted.All.Select(p => p.Value));
        Assert.DoesNotContain("Maria", context.Pseudonyms.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canary_HundredsOfGeneratedCardsAndEmails_NeverLeak()
    {
        using var harness = CreateHarness();
        var random = new Random(42);
        var leaks = new List<string>();
        var values = new List<string>();
        var context = Harness.NewConversation();
        for (var n = 0; n < 600; n++)
        {
            var card = LuhnCard(random);
            var formatted = (n % 3) switch
            {
                0 => card,
                1 => string.Join(' ', card.Chunk(4).Select(c => new string(c))),
                _ => string.Join('-', card.Chunk(4).Select(c => new string(c))),
            };
            var email = $"user{random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)}.{(char)('a' + (n % 26))}@example{n % 7}.com";
            values.Add(card);
            values.Add(email);
            var outcome = await harness.ProcessAsync($"my card number is {formatted} and email me at {email}", context);
            Check(harness.Policy, outcome,
                [new PlantedValue(Detection.Taxonomy.DataClasses.CardNumber, "", formatted), new PlantedValue(Detection.Taxonomy.DataClasses.Email, "", email)], leaks);
        }

        Assert.Empty(leaks);
        AssertLogsClean(harness, values);
    }

    [Theory]
    [InlineData("card 4111-1111-1111-1111 here", "4111 1111 1111 1111")]
    [InlineData("card 4111111111111111 here", "4111-1111-1111-1111")]
    [InlineData("ssn 536904399", "536-90-4399")]
    [InlineData("I am 47", "47")]
    public void LeakFinder_FindsOtherFormattings(string output, string value) =>
        Assert.NotNull(Leaks.Find(output, value));

    [Fact]
    public void LeakFinder_ShortValueInsideAToken_IsNotALeak() =>
        Assert.Null(Leaks.Find("tok_age_00000470", "47"));

    private static Harness CreateHarness() => Harness.Create(o =>
    {
        o.Sinks["crm"] = new SinkOptions();
        o.Sinks["ehr"] = new SinkOptions { BusinessAssociateAgreement = true };
    });

    /// <summary>Checks every view of an outcome; returns how many views were checked.</summary>
    private static int Check(PrivacyPolicy policy, MessageOutcome outcome, List<PlantedValue> planted, List<string> leaks)
    {
        switch (outcome)
        {
            case BlockedMessage blocked:
                Assert.Contains(planted, p => policy.Sinks.Any(s => policy.Decide(p.Class, s) == RedactionAction.Block));
                foreach (var p in planted)
                {
                    if (Leaks.Find(blocked.CustomerMessage, p.Value) is { } found)
                    {
                        leaks.Add($"{p.Class.Name} in the block message as '{found}'");
                    }
                }

                return 1;
            case AcceptedMessage accepted:
                Assert.Equal(planted.Count, accepted.Findings.Sum(f => f.Count));
                foreach (var view in accepted.Views)
                {
                    foreach (var p in planted)
                    {
                        if (policy.Decide(p.Class, view.Sink) != RedactionAction.Allow && Leaks.Find(view.Text, p.Value) is { } found)
                        {
                            leaks.Add($"{p.Class.Name} in sink {view.Sink.Name} as '{found}' ({policy.Decide(p.Class, view.Sink)})");
                        }
                    }
                }

                return accepted.Views.Count;
            default:
                Assert.Fail($"unexpected outcome {outcome}");
                return 0;
        }
    }

    private static void AssertLogsClean(Harness harness, IEnumerable<string> values)
    {
        var logs = harness.LogText();
        Assert.NotEmpty(harness.Logs.GetSnapshot());
        Assert.All(values, v => Assert.Null(Leaks.Find(logs, v)));
    }

    private static string LuhnCard(Random random)
    {
        var digits = new int[16];
        digits[0] = 4;
        for (var i = 1; i < 15; i++)
        {
            digits[i] = random.Next(10);
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var d = digits[14 - i];
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        digits[15] = (10 - (sum % 10)) % 10;
        return string.Concat(digits);
    }
}
