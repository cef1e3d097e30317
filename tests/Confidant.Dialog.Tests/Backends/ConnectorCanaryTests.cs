using System.Text;
using System.Text.RegularExpressions;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Http;
using Confidant.Dialog.Backends.Retail;
using Confidant.Testing.Canaries;
using Microsoft.Extensions.DependencyInjection;
using static Confidant.Dialog.Tests.Backends.BackendTestData;

namespace Confidant.Dialog.Tests.Backends;

/// <summary>
/// Privacy canary: a customer overshares a card number and their symptoms in their own words; what
/// reaches the backends must be tokens and codes, never those values.
/// </summary>
public sealed partial class ConnectorCanaryTests
{
    [Fact]
    public async Task Backends_NeverReceiveACardNumberOrTheCustomersOwnWords()
    {
        var planted = CanaryValues.Generate(3);
        var cardNumbers = planted.Where(p => p.DataClass == "CARD_NUMBER").Select(p => p.Value).ToArray();
        var symptomWords = planted.Where(p => p.DataClass == "SYMPTOM").Select(p => p.Value).ToArray();
        await using var server = await SignedBackendServer.StartAsync();
        server.Respond = (request, _) => Task.FromResult(request.RawTarget switch
        {
            var t when t.EndsWith("/orders", StringComparison.Ordinal) => Reply.Ok("""{"orderId":"ORD-1","itemNumber":"389501","quantity":1,"total":59.99,"currency":"GBP","paidWith":"•••• 1111","state":"placed"}"""),
            var t when t.EndsWith("/triage", StringComparison.Ordinal) => Reply.Ok("""{"urgency":"emergency","specialty":"cardiology"}"""),
            var t when t.EndsWith("/transfers", StringComparison.Ordinal) => Reply.Ok("""{"outcome":"completed","reference":"T-1","summary":"sent"}"""),
            _ => Reply.Ok("""{"outcome":"done","reference":"R-1"}"""),
        });
        var services = new ServiceCollection();
        services.AddConfidantHttpBankingBackend(server.Options());
        services.AddConfidantHttpRetailBackend(server.Options());
        services.AddConfidantHttpHealthcareBackend(server.Options());
        foreach (var name in new[] { BackendConnectorNames.Banking, BackendConnectorNames.Retail, BackendConnectorNames.Healthcare })
        {
            server.Trust(services, name);
        }

        await using var provider = services.BuildServiceProvider();

        // What the engine holds after the vault: tokens and the last four digits, codes for symptoms.
        foreach (var (card, words) in cardNumbers.Zip(symptomWords))
        {
            var digits = new string([.. card.Where(char.IsAsciiDigit)]);
            Assert.Throws<ArgumentException>(() => new CardToken(card, digits[^4..]));
            Assert.Throws<ArgumentException>(() => new TriageRequest([SymptomCodes.ChestPain], 2, [words]));

            var token = new CardToken(Token("card_number"), digits[^4..]);
            await provider.GetRequiredService<IRetailBackend>().PlaceOrderAsync(Bob, "389501", 1, token, "order-" + digits[^4..] + "-key");
            await provider.GetRequiredService<IHealthcareBackend>().TriageAsync(Bob, new TriageRequest([SymptomCodes.ChestPain, SymptomCodes.ShortnessOfBreath], 0, [Token("symptom"), Token("symptom")]));
            await provider.GetRequiredService<IBankingBackend>().TransferAsync(Bob, new TransferInstruction(25m, "GBP", "landlord", "transfer-" + digits[^4..]));
            await provider.GetRequiredService<IBankingBackend>().FreezeCardAsync(Bob, digits[^4..]);
            await provider.GetRequiredService<IBankingBackend>().ChangeAddressAsync(Bob, "SW1A 1AA", Token("street_address"));
        }

        var received = server.Received.ToArray();
        Assert.Equal(5 * cardNumbers.Length, received.Length);
        Assert.All(received, r => Assert.True(r.SignatureValid));
        Assert.Contains(received, r => r.BodyText.Contains("tok_card_number_", StringComparison.Ordinal));
        Assert.Contains(received, r => r.BodyText.Contains("tok_symptom_", StringComparison.Ordinal));
        var scanner = new CanaryScanner(cardNumbers.Concat(symptomWords));
        foreach (var request in received)
        {
            var bytes = request.AllBytes();
            Assert.Empty(scanner.Find(bytes));
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(CardNumberLike().Matches(text), m => PassesLuhn(m.Value));
            Assert.All(symptomWords, words => Assert.DoesNotContain(words.Split(" since ")[0], text, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>13 to 19 digits standing alone, optionally grouped by spaces or dashes.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])")]
    private static partial Regex CardNumberLike();

    private static bool PassesLuhn(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').Reverse().ToArray();
        var sum = digits.Select((d, i) => i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d).Sum();
        return sum % 10 == 0;
    }
}
