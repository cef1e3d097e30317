using System.Net;
using System.Text.RegularExpressions;

namespace Confidant.Server.Tests.Account;

/// <summary>Online guessing is slowed and recoverable; probing for accounts learns nothing.</summary>
public sealed partial class GuessingTests : IDisposable
{
    private readonly AccountHost _host = new();

    [Fact]
    public async Task Repeated_wrong_passwords_are_throttled_and_the_owner_gets_in_once_the_delay_has_passed()
    {
        var alice = Customer.New(_host);
        using (var setup = _host.Browser())
        {
            await alice.RegisterAsync(setup);
        }

        using var attacker = _host.Browser();
        for (var i = 0; i < 5; i++)
        {
            await alice.SubmitPasswordAsync(attacker, "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, attacker.Status);
            Assert.Contains("is not right", attacker.Html, StringComparison.Ordinal);
        }

        await alice.SubmitPasswordAsync(attacker, "wrong password again");
        Assert.Equal(HttpStatusCode.TooManyRequests, attacker.Status);

        // While throttled even the right password is refused, from any browser: the delay is per account name.
        using var owner = _host.Browser();
        await alice.SubmitPasswordAsync(owner);
        Assert.Equal(HttpStatusCode.TooManyRequests, owner.Status);
        Assert.True(owner.IsAt("/account/sign-in"));

        // Each further failure doubles the delay, but the owner gets back in once it has passed.
        for (var i = 0; i < 4; i++)
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(20));
            await alice.SubmitPasswordAsync(attacker, "still wrong " + i);
            Assert.Equal(HttpStatusCode.TooManyRequests, attacker.Status);
        }

        _host.Clock.Advance(TimeSpan.FromMinutes(16));
        await alice.SubmitPasswordAsync(owner);
        Assert.True(owner.IsAt("/account/verify"), $"the owner should get to the second factor, got {owner.Location} {owner.Status}");

        // The right password cleared the count: one more mistake is not throttled.
        using var later = _host.Browser();
        await alice.SubmitPasswordAsync(later, "a typo");
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_the_same_hashing_work_as_a_wrong_password()
    {
        var alice = Customer.New(_host);
        using (var setup = _host.Browser())
        {
            await alice.RegisterAsync(setup);
        }

        using var prober = _host.Browser();

        // The server makes its one dummy hash at the first unknown address; after that, neither side hashes.
        await new Customer(_host, "warm-up@example.com", "x").SubmitPasswordAsync(prober, "anything at all");
        var (verifications, hashes) = (_host.Hasher.Verifications, _host.Hasher.Hashes);
        await new Customer(_host, alice.Email, alice.Password).SubmitPasswordAsync(prober, "not her password");
        var known = (prober.Status, Normalise(prober.Html), _host.Hasher.Verifications - verifications, _host.Hasher.Hashes - hashes);

        (verifications, hashes) = (_host.Hasher.Verifications, _host.Hasher.Hashes);
        await new Customer(_host, "nobody." + alice.Email, alice.Password).SubmitPasswordAsync(prober, "not her password");
        var unknown = (prober.Status, Normalise(prober.Html).Replace("nobody.", string.Empty, StringComparison.Ordinal), _host.Hasher.Verifications - verifications, _host.Hasher.Hashes - hashes);

        Assert.Equal(known, unknown);
        Assert.Equal(1, known.Item3);
        Assert.Equal(0, known.Item4);

        // Throttling answers the same for names no account has.
        for (var i = 0; i < 6; i++)
        {
            await new Customer(_host, "ghost@example.com", "x").SubmitPasswordAsync(prober, "guess number " + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, prober.Status);

        // Registering an address that has an account looks like registering a new one.
        using var second = _host.Browser();
        await second.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = alice.Email, ["Password"] = "another long passphrase here" });
        Assert.True(second.IsAt("/account/verify"));
        var existing = Normalise(second.Html);
        using var third = _host.Browser();
        await third.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = "new." + alice.Email, ["Password"] = "another long passphrase here" });
        Assert.True(third.IsAt("/account/verify"));
        Assert.Equal(existing, Normalise(third.Html));
        Assert.Contains(await _host.MessagesToAsync(alice.Email), m => m.Kind == Confidant.Identity.Messaging.SecurityMessageKind.AccountNotice);
    }

    [Fact]
    public async Task One_address_trying_many_accounts_is_rate_limited()
    {
        using var host = new AccountHost(new Dictionary<string, string>
        {
            ["Confidant:Server:RateLimits:Enabled"] = "true",
            ["Confidant:Server:RateLimits:AccountPosts:Burst"] = "3",
            ["Confidant:Server:RateLimits:AccountPosts:TokensPerPeriod"] = "1",
            ["Confidant:Server:RateLimits:AccountPosts:Period"] = "00:10:00",
        });
        using var stuffer = host.Browser();
        for (var i = 0; i < 3; i++)
        {
            await new Customer(host, $"victim{i}@example.com", "x").SubmitPasswordAsync(stuffer, "leaked password " + i);
            Assert.Equal(HttpStatusCode.OK, stuffer.Status);
        }

        await new Customer(host, "victim9@example.com", "x").SubmitPasswordAsync(stuffer, "leaked password 9");
        Assert.Equal(HttpStatusCode.TooManyRequests, stuffer.Status);
        Assert.Contains("CONF-CHAT-009", stuffer.Html, StringComparison.Ordinal);
    }

    private static string Normalise(string html) => AntiforgeryValue().Replace(html, "value=\"token\"");

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex AntiforgeryValue();

    public void Dispose() => _host.Dispose();
}
