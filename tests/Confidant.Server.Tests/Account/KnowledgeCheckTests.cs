using System.Net;
using System.Net.Http.Json;
using System.Text;
using Confidant.Server.Account;

namespace Confidant.Server.Tests.Account;

/// <summary>The security question: off by default, never a factor, hashed, asked on top of a real factor where switched on.</summary>
public sealed class KnowledgeCheckTests
{
    private const string Answer = "St. Mary's  Primary";

    [Fact]
    public async Task It_is_off_by_default()
    {
        using var host = new AccountHost();
        var alice = Customer.New(host);
        using var laptop = host.Browser();
        await alice.RegisterAsync(laptop);
        await laptop.GetAsync("/account/security-question");
        Assert.Equal(HttpStatusCode.NotFound, laptop.Status);
    }

    [Fact]
    public async Task Where_switched_on_it_is_asked_with_the_factor_and_never_replaces_it()
    {
        using var host = new AccountHost(new Dictionary<string, string> { ["Confidant:Identity:KnowledgeCheckEnabled"] = "true" });
        var alice = Customer.New(host);
        using var laptop = host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        await laptop.SubmitAsync("/account/security-question", new Dictionary<string, string> { ["Question"] = "first-school", ["Answer"] = Answer });
        Assert.Contains("Your security question is set", laptop.Html, StringComparison.Ordinal);

        // Revealing a card asks the question as well as a code, even right after a second factor.
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var reveal = new StepUpBody("reveal-card");
        var decision = await (await laptop.Client.PostAsJsonAsync("/api/step-up", reveal)).Content.ReadFromJsonAsync<StepUpResponse>();
        Assert.Equal("challenge-required", decision!.Status);
        Assert.Equal("What was the name of your first school?", decision.KnowledgeQuestion);

        async Task<string> ApproveAsync(string? code, string? answer)
        {
            var response = await laptop.Client.PostAsJsonAsync($"/api/step-up/{decision.ChallengeId}/approve", new StepUpApprovalBody("reveal-card", null, null, null, "totp", code, answer));
            return (await response.Content.ReadFromJsonAsync<StepUpApprovalResponse>())!.Status;
        }

        // The answer alone approves nothing; a code with a wrong answer neither.
        Assert.Equal("refused", await ApproveAsync(null, Answer));
        Assert.Equal("refused", await ApproveAsync(alice.TotpNow(), "St Marks Primary"));
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("approved", await ApproveAsync(alice.TotpNow(), "st marys primary"));

        // Other actions do not ask it.
        var transfer = await (await laptop.Client.PostAsJsonAsync("/api/step-up", new StepUpBody("transfer", 5m, "GBP", "cafe"))).Content.ReadFromJsonAsync<StepUpResponse>();
        Assert.Null(transfer!.KnowledgeQuestion);

        // Only a hash of the answer is kept.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(host.DataFolder, "confidant.db*"))
        {
            var text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("marys", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Mary's", text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
