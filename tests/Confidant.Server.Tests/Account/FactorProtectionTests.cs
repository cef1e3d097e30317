namespace Confidant.Server.Tests.Account;

/// <summary>Factors cannot be swapped without a fresh factor; wrong factors are limited per account, not per attempt.</summary>
public sealed class FactorProtectionTests : IDisposable
{
    private readonly AccountHost _host = new();

    [Fact]
    public async Task A_password_only_session_on_a_trusted_device_must_confirm_with_a_factor_before_changing_factors()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        await Customer.SignOutAsync(laptop);
        await alice.SubmitPasswordAsync(laptop);
        await alice.PresentTotpAsync(laptop, trust: true);
        await Customer.SignOutAsync(laptop);
        _host.Clock.Advance(TimeSpan.FromDays(1));
        await alice.SubmitPasswordAsync(laptop); // trusted device: signed in with the password alone

        await laptop.SubmitAsync("/account/recovery-codes", new Dictionary<string, string>());
        Assert.True(laptop.IsAt("/account/confirm"), $"expected the confirmation page, got {laptop.Location}");
        Assert.DoesNotContain("recovery-codes\" class", laptop.Html, StringComparison.Ordinal);

        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        var challenge = System.Text.RegularExpressions.Regex.Match(laptop.Html, "name=\"ChallengeId\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        await laptop.PostAsync("/account/confirm", new Dictionary<string, string> { ["Factor"] = "totp", ["Code"] = alice.TotpNow(), ["ReturnUrl"] = "/account/recovery-codes", ["ChallengeId"] = challenge });
        Assert.True(laptop.IsAt("/account/recovery-codes"), $"got {laptop.Location}");
        await laptop.SubmitAsync("/account/recovery-codes", new Dictionary<string, string>());
        Assert.Contains("New recovery codes", laptop.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_are_counted_per_account_across_new_sign_in_attempts()
    {
        var alice = Customer.New(_host);
        using (var setup = _host.Browser())
        {
            await alice.RegisterAsync(setup);
            await alice.EnrolTotpAsync(setup);
        }

        // Each attempt allows five wrong codes; starting new attempts does not reset the account's count.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var guesser = _host.Browser();
            await alice.SubmitPasswordAsync(guesser);
            await alice.PresentTotpAsync(guesser, code: "000000" == alice.TotpNow() ? "111111" : "000000");
            await alice.PresentTotpAsync(guesser, code: "222222" == alice.TotpNow() ? "333333" : "222222");
        }

        using var late = _host.Browser();
        await alice.SubmitPasswordAsync(late);
        await alice.PresentTotpAsync(late);
        Assert.False((await late.MeAsync()).SignedIn, "after six wrong codes the right one must wait");

        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var owner = _host.Browser();
        await alice.SubmitPasswordAsync(owner);
        await alice.PresentTotpAsync(owner);
        Assert.True((await owner.MeAsync()).SignedIn);
    }

    public void Dispose() => _host.Dispose();
}
