using Confidant.Protection.Vault;

namespace Confidant.Protection.Tests;

public sealed class TokenVaultTests : IDisposable
{
    private const string Card = "4111 1111 1111 1111";
    private readonly ProtectionHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Tokenize_GivesARandomTokenWithTheClassPrefix_AndABrandAndLastFourHint()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        Assert.Matches("^tok_card_number_[a-z2-9]{26}$", token.Token);
        Assert.True(TokenVault.IsWellFormed(token.Token));
        Assert.Equal("Visa •••• 1111", token.DisplayHint);
        Assert.DoesNotContain("4111", token.Token, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5555 5555 5555 4444", "Mastercard •••• 4444")]
    [InlineData("2223000048400011", "Mastercard •••• 0011")]
    [InlineData("3782 822463 10005", "American Express •••• 0005")]
    [InlineData("6011111111111117", "Discover •••• 1117")]
    [InlineData("3530111333300000", "JCB •••• 0000")]
    public async Task DisplayHint_NamesTheBrand_AndShowsAtMostTheLastFour(string card, string hint)
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", card.AsMemory());

        Assert.Equal(hint, token.DisplayHint);
    }

    [Fact]
    public async Task SameCardTypedDifferently_ForTheSameCustomer_GetsTheSameToken()
    {
        var a = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        var b = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", "4111-1111-1111-1111".AsMemory());
        var c = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", "4111111111111111".AsMemory());

        Assert.Equal(a.Token, b.Token);
        Assert.Equal(a.Token, c.Token);
        Assert.Equal(1, _h.Tokens.Count);
    }

    [Fact]
    public async Task SameCard_ForAnotherCustomer_GetsAnotherToken_AndUnrelatedIndex()
    {
        var a = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        var b = await _h.Vault.TokenizeAsync("acme", "subj-2", "CARD_NUMBER", Card.AsMemory());

        Assert.NotEqual(a.Token, b.Token);
        var indexes = new[] { a.Token, b.Token }.Select(t => _h.Tokens.GetAsync("acme", t).AsTask().Result!.BlindIndex).ToList();
        Assert.False(indexes[0].AsSpan().SequenceEqual(indexes[1]));
    }

    [Fact]
    public async Task Detokenize_WithPurposeAndPrincipal_RevealsTheValueAsTyped_AndIsAudited()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        var result = await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "payment.charge", "svc:payments"));

        Assert.Equal(DetokenizeStatus.Revealed, result.Status);
        Assert.Equal(Card, result.Value!.Span.ToString());
        Assert.Equal("[withheld]", result.Value.ToString());
        var access = Assert.Single(_h.Audit.Records);
        Assert.Equal(("payment.charge", "svc:payments", DetokenizeStatus.Revealed, "CARD_NUMBER", "subj-1"), (access.Purpose, access.Principal, access.Outcome, access.DataClass, access.SubjectId));
        Assert.DoesNotContain("4111", access.ToString(), StringComparison.Ordinal);
        result.Value.Dispose();
        Assert.True(result.Value.Span.IsEmpty);
    }

    [Theory]
    [InlineData("", "svc")]
    [InlineData("payment", "")]
    [InlineData("  ", "svc")]
    public async Task Detokenize_WithoutPurposeOrPrincipal_IsRefused(string purpose, string principal)
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, purpose, principal)));

        Assert.Equal(ProtectionErrorCodes.DetokenizeWithoutPurpose, error.Code);
    }

    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("tok_card_number_short")]
    [InlineData("tok_CARD_aaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("tok_card_number_aaaaaaaaaaaaaaaaaaaaaaaaa0")]
    public async Task Detokenize_Malformed_IsRefused_WithoutEchoingIt(string token)
    {
        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token, "p", "svc")));

        Assert.Equal(ProtectionErrorCodes.TokenMalformed, error.Code);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detokenize_OtherTenantOrOtherCustomer_IsNotFound_AndStillAudited()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        var otherTenant = await _h.Vault.DetokenizeAsync(new DetokenizeRequest("globex", token.Token, "p", "svc"));
        var otherCustomer = await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "p", "svc", SubjectId: "subj-2"));

        Assert.Equal(DetokenizeStatus.NotFound, otherTenant.Status);
        Assert.Equal(DetokenizeStatus.NotFound, otherCustomer.Status);
        Assert.Null(otherCustomer.Value);
        Assert.Equal(2, _h.Audit.Records.Count(r => r.Outcome == DetokenizeStatus.NotFound));
    }

    [Fact]
    public async Task ExpiredToken_IsNotRevealed_AndTheSameValueGetsAFreshToken()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory(), lifetime: TimeSpan.FromDays(1));
        _h.Time.Advance(TimeSpan.FromDays(2));

        var result = await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "p", "svc"));
        var fresh = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        Assert.Equal(DetokenizeStatus.Expired, result.Status);
        Assert.NotEqual(token.Token, fresh.Token);
        Assert.Equal(DetokenizeStatus.Revealed, (await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", fresh.Token, "p", "svc"))).Status);
    }

    [Fact]
    public async Task PurgeExpired_DeletesOnlyExpiredEntries()
    {
        await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory(), lifetime: TimeSpan.FromDays(1));
        await _h.Vault.TokenizeAsync("acme", "subj-1", "IBAN", "DE89370400440532013000".AsMemory(), lifetime: TimeSpan.FromDays(10));
        _h.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await _h.Vault.PurgeExpiredAsync());
        Assert.Equal(1, _h.Tokens.Count);
    }

    [Fact]
    public async Task ErasedCustomer_TokensReportErased()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        await _h.Ring.EraseAsync(Confidant.Protection.Keys.KeyScope.ForSubject("acme", "subj-1"));
        var result = await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "p", "svc"));

        Assert.Equal(DetokenizeStatus.Erased, result.Status);
        Assert.Null(result.Value);
        Assert.Equal(DetokenizeStatus.Erased, _h.Audit.Records.Single().Outcome);
    }

    [Fact]
    public async Task SealedValueMovedToAnotherToken_FailsToOpen()
    {
        var a = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        var b = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", "5555555555554444".AsMemory());
        var entryA = (await _h.Tokens.GetAsync("acme", a.Token))!;
        var entryB = (await _h.Tokens.GetAsync("acme", b.Token))!;
        _h.Tokens.Overwrite(entryB with { SealedValue = entryA.SealedValue });

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", b.Token, "p", "svc")));

        Assert.Equal(ProtectionErrorCodes.EnvelopeIntegrity, error.Code);
    }

    [Fact]
    public async Task AuditHookFailure_FailsTheDetokenization()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        _h.Audit.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "p", "svc")));
    }

    [Fact]
    public async Task OversizedValue_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
            await _h.Vault.TokenizeAsync("acme", "subj-1", "API_KEY", new string('x', _h.Options.MaxTokenizedValueLength + 1).AsMemory()));

        Assert.Equal(ProtectionErrorCodes.ValueTooLarge, error.Code);
    }

    [Fact]
    public async Task VaultLogs_NeverContainTheValueOrTheToken()
    {
        var token = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "payment.charge", "svc"));

        var logs = _h.AllLogText();
        Assert.Contains("CARD_NUMBER", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("payment.charge", logs, StringComparison.Ordinal); // free text from the caller
        Assert.DoesNotContain("4111", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Token, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detokenize_IsDenied_UnlessARuleAllowsThePrincipalPurposeAndClass()
    {
        using var h = new ProtectionHarness(o =>
        {
            o.VaultAccess.Clear();
            o.VaultAccess.Add(new VaultAccessRule { Principal = "svc:payments*", Purposes = { "payment.charge" }, Classes = { "CARD_NUMBER" } });
        });
        var card = await h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        var iban = await h.Vault.TokenizeAsync("acme", "subj-1", "IBAN", "DE89370400440532013000".AsMemory());

        var allowed = await h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", card.Token, "payment.charge", "svc:payments-eu"));
        var wrongPurpose = await h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", card.Token, "marketing", "svc:payments-eu"));
        var wrongPrincipal = await h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", card.Token, "payment.charge", "svc:analytics"));
        var wrongClass = await h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", iban.Token, "payment.charge", "svc:payments-eu"));

        Assert.Equal(DetokenizeStatus.Revealed, allowed.Status);
        Assert.All(new[] { wrongPurpose, wrongPrincipal, wrongClass }, r =>
        {
            Assert.Equal(DetokenizeStatus.Denied, r.Status);
            Assert.Null(r.Value);
        });
        Assert.Equal(3, h.Audit.Records.Count(r => r.Outcome == DetokenizeStatus.Denied));
    }

    [Fact]
    public async Task Detokenize_WithNoRulesAtAll_RevealsNothing()
    {
        using var h = new ProtectionHarness(o => o.VaultAccess.Clear());
        var token = await h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());

        Assert.Equal(DetokenizeStatus.Denied, (await h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", token.Token, "payment.charge", "svc:payments"))).Status);
    }

    [Fact]
    public async Task RefusedAndFailedDetokenizations_AreAudited_WithoutEchoingAMalformedToken()
    {
        var a = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", Card.AsMemory());
        var b = await _h.Vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", "5555555555554444".AsMemory());
        _h.Tokens.Overwrite((await _h.Tokens.GetAsync("acme", b.Token))! with { SealedValue = (await _h.Tokens.GetAsync("acme", a.Token))!.SealedValue });

        await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", "4111111111111111", "p", "svc")));
        await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", a.Token, "", "svc")));
        await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Vault.DetokenizeAsync(new DetokenizeRequest("acme", b.Token, "p", "svc")));

        Assert.Equal(3, _h.Audit.Records.Count);
        Assert.All(_h.Audit.Records, r => Assert.Equal(DetokenizeStatus.Refused, r.Outcome));
        Assert.Equal("(malformed)", _h.Audit.Records[0].Token);
        Assert.DoesNotContain(_h.Audit.Records, r => r.ToString().Contains("4111", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CARD_NUMBER", "4111 1111 1111 1111", "４１１１-１１１１-１１１１-１１１１", true)]
    [InlineData("EMAIL", "Jane.Doe@Example.com", "jane.doe@example.com", true)]
    [InlineData("EMAIL", "j.smith@x.com", "jsmith@x.com", false)]
    [InlineData("EMAIL", "a+b@x.com", "ab@x.com", false)]
    [InlineData("CRYPTO_WALLET", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1boatslrhtknngkdxeeobr76b53lettpyt", false)]
    [InlineData("IBAN", "DE89 3704 0044 0532 0130 00", "de89370400440532013000", true)]
    [InlineData("PASSWORD", "Hunter2!", "hunter2!", false)]
    public async Task SameToken_OnlyForTheSameValue_AsTheClassCompares(string dataClass, string a, string b, bool same)
    {
        var first = await _h.Vault.TokenizeAsync("acme", "subj-1", dataClass, a.AsMemory());
        var second = await _h.Vault.TokenizeAsync("acme", "subj-1", dataClass, b.AsMemory());

        Assert.Equal(same, first.Token == second.Token);
    }
}
