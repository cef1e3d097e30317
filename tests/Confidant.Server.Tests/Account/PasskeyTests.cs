using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Tests.Account;

/// <summary>
/// Passkeys over HTTP, with <see cref="SoftwareAuthenticator"/> as the browser's authenticator:
/// the options the pages hand out, a passkey added, used alone to sign in and removed, and
/// credentials that must be refused (garbage, replayed, unverified, from another origin), each
/// refusal clear to the customer and in the audit ledger without the credential.
/// </summary>
public sealed partial class PasskeyTests : IDisposable
{
    private readonly AccountHost _host = new();

    [Fact]
    public async Task The_passkeys_page_and_its_options_need_a_signed_in_customer()
    {
        using var stranger = _host.Browser();
        await stranger.GetAsync("/account/passkeys");
        Assert.True(stranger.IsAt("/account/sign-in"), $"expected the sign-in page, got {stranger.Location}");

        var (response, body) = await OptionsAsync(stranger, "/account/passkeys", "CreationOptions");
        Assert.Equal("/account/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_options_are_json_for_this_site_with_a_new_challenge_each_time()
    {
        using var browser = _host.Browser();
        await browser.GetAsync("/account/sign-in");
        var challenges = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            var (response, body) = await OptionsAsync(browser, "/account/sign-in", "PasskeyOptions");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            var options = JsonNode.Parse(body)!;
            Assert.Equal("localhost", (string?)options["rpId"]);
            Assert.Equal("required", (string?)options["userVerification"]);
            Assert.Empty(options["allowCredentials"]?.AsArray() ?? []);
            var challenge = (string)options["challenge"]!;
            Assert.Equal(32, Base64Url.DecodeFromChars(challenge).Length);
            challenges.Add(challenge);

            // The ceremony's state rides in a cookie only this site's pages send back.
            var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-confidant-passkey=", StringComparison.Ordinal));
            foreach (var attribute in new[] { "path=/", "secure", "samesite=strict", "httponly" })
            {
                Assert.Contains(attribute, cookie, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, challenges.Count);

        // Without the page's antiforgery token there are no options.
        var (refused, _) = await OptionsAsync(browser, "/account/sign-in", "PasskeyOptions", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task The_relying_party_id_comes_from_configuration_when_set()
    {
        await using var bank = _host.WithWebHostBuilder(b => b.UseSetting("Confidant:Identity:Passkeys:ServerDomain", "bank.example"));
        using var browser = new AccountBrowser(bank.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true }));
        await browser.GetAsync("/account/sign-in");
        var options = JsonNode.Parse((await OptionsAsync(browser, "/account/sign-in", "PasskeyOptions")).Body)!;
        Assert.Equal("bank.example", (string?)options["rpId"]);
    }

    [Fact]
    public async Task A_passkey_domain_that_is_an_address_stops_the_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestServerHost.StartAsync(o =>
            o.Configuration["Confidant:Identity:Passkeys:ServerDomain"] = "127.0.0.1"));
        Assert.Contains("Confidant:Identity:Passkeys:ServerDomain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creation_options_name_the_account_require_user_verification_and_exclude_its_passkeys()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await laptop.GetAsync("/account/passkeys");
        Assert.Contains("id=\"no-passkeys\"", laptop.Html, StringComparison.Ordinal);

        var first = JsonNode.Parse((await OptionsAsync(laptop, "/account/passkeys", "CreationOptions")).Body)!;
        var second = JsonNode.Parse((await OptionsAsync(laptop, "/account/passkeys", "CreationOptions")).Body)!;
        Assert.Equal("localhost", (string?)first["rp"]!["id"]);
        Assert.Equal(alice.Email, (string?)first["user"]!["name"]);
        Assert.Equal("required", (string?)first["authenticatorSelection"]!["userVerification"]);
        Assert.Equal("required", (string?)first["authenticatorSelection"]!["residentKey"]);
        Assert.Equal("none", (string?)first["attestation"] ?? "none");
        Assert.Empty(first["excludeCredentials"]?.AsArray() ?? []);
        Assert.NotEqual((string)first["challenge"]!, (string)second["challenge"]!);

        using var authenticator = new SoftwareAuthenticator();
        await AddPasskeyAsync(laptop, authenticator, "Laptop");
        var third = JsonNode.Parse((await OptionsAsync(laptop, "/account/passkeys", "CreationOptions")).Body)!;
        Assert.Single(third["excludeCredentials"]!.AsArray());
    }

    [Fact]
    public async Task A_garbage_credential_is_refused_with_a_clear_error_and_audited_without_it()
    {
        using var browser = _host.Browser();
        await browser.GetAsync("/account/sign-in");
        await OptionsAsync(browser, "/account/sign-in", "PasskeyOptions");
        const string Marker = "GARBAGE-7f3a9c";
        var garbage = "{\"id\":\"" + Marker + "\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"" + Marker + "\"}}";

        await browser.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Credential"] = garbage }, "Passkey");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.True(browser.IsAt("/account/sign-in"));
        Assert.Equal(PasskeyErrors.Rejected, ErrorCode(browser.Html));
        Assert.Contains("That passkey was not accepted", browser.Html, StringComparison.Ordinal);
        Assert.False((await browser.MeAsync()).SignedIn);

        // The ceremony was used up: the same post again has none to answer.
        await browser.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Credential"] = garbage }, "Passkey");
        Assert.Equal(PasskeyErrors.NoCeremony, ErrorCode(browser.Html));

        // And a post with no credential at all (no script, say) is told so.
        await browser.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Credential"] = string.Empty }, "Passkey");
        Assert.Equal(PasskeyErrors.Malformed, ErrorCode(browser.Html));
        Assert.False((await browser.MeAsync()).SignedIn);

        var entries = await AuditAsync();
        var failures = entries.Where(e => e.Event.Type.Id == AuditEventTypes.MfaResult.Id && e.Event.Outcome == AuditOutcome.Failure && e.Event.Target?.Type == "passkey").ToList();
        Assert.Equal(["rejected", "no-ceremony", "malformed"], failures.Select(f => f.Event.Reason));
        Assert.All(failures, f => Assert.Empty(f.Event.Target!.Ids));
        Assert.DoesNotContain(entries, e => e.Text.Contains(Marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_adds_a_passkey_signs_in_with_it_alone_and_removes_it()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser("Mozilla/5.0 (X11; Linux x86_64) Chrome/141.0");
        using var phone = _host.Browser("Mozilla/5.0 (Linux; Android 15) Chrome/141.0 Mobile");
        using var authenticator = new SoftwareAuthenticator();
        await alice.RegisterAsync(laptop);
        await alice.SubmitPasswordAsync(phone);
        await phone.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = await _host.LatestCodeAsync(alice.Email, SecurityMessageKind.SignInCode) }, "Code");
        Assert.True((await phone.MeAsync()).SignedIn);

        // Adding a passkey is a new factor: the phone's session ends, the laptop's goes on.
        await AddPasskeyAsync(laptop, authenticator, name: string.Empty);
        Assert.True(laptop.IsAt("/account/passkeys"));
        Assert.Contains("Passkey added", laptop.Html, StringComparison.Ordinal);
        Assert.Contains("<td>Chrome on Linux</td>", laptop.Html, StringComparison.Ordinal); // no name typed: the browser's
        Assert.Contains("<td>never</td>", laptop.Html, StringComparison.Ordinal);
        Assert.False((await phone.MeAsync()).SignedIn);
        Assert.True((await laptop.MeAsync()).SignedIn);

        await laptop.PostAsync("/account/passkeys", new Dictionary<string, string> { ["PasskeyId"] = PasskeyIdOn(laptop.Html), ["Name"] = "Work laptop\u202E" }, "Rename");
        Assert.Contains("<td>Work laptop</td>", laptop.Html, StringComparison.Ordinal);

        // Signed out, she signs in with the passkey alone: no address, no password, no code.
        await Customer.SignOutAsync(laptop);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        await SignInWithPasskeyAsync(laptop, authenticator);
        Assert.True(laptop.IsAt("/account"), $"expected to be signed in, got {laptop.Location}: {ErrorCode(laptop.Html)}");
        Assert.Contains("with a passkey", laptop.Html, StringComparison.Ordinal);
        Assert.Equal(AuthenticationMethods.Passkey, (await laptop.MeAsync()).Method);
        await laptop.GetAsync("/account/passkeys");
        Assert.Contains($"<td>{_host.Clock.GetUtcNow():yyyy-MM-dd HH:mm}</td>", laptop.Html, StringComparison.Ordinal);

        // A signed answer is good for its own challenge only.
        await Customer.SignOutAsync(laptop);
        await laptop.GetAsync("/account/sign-in");
        var old = JsonNode.Parse((await OptionsAsync(laptop, "/account/sign-in", "PasskeyOptions")).Body)!;
        await OptionsAsync(laptop, "/account/sign-in", "PasskeyOptions"); // a newer ceremony replaces it
        await laptop.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Credential"] = authenticator.Sign((string)old["challenge"]!) }, "Passkey");
        Assert.Equal(PasskeyErrors.Rejected, ErrorCode(laptop.Html));
        Assert.False((await laptop.MeAsync()).SignedIn);

        // After the password, the second-factor page offers the passkey too.
        await alice.SubmitPasswordAsync(laptop);
        Assert.True(laptop.IsAt("/account/verify"));
        Assert.Contains("Use your passkey instead", laptop.Html, StringComparison.Ordinal);

        // Removed, the passkey signs no one in.
        await SignInWithPasskeyAsync(laptop, authenticator);
        Assert.True(laptop.IsAt("/account"));
        await laptop.GetAsync("/account/passkeys");
        await laptop.PostAsync("/account/passkeys", new Dictionary<string, string> { ["PasskeyId"] = PasskeyIdOn(laptop.Html) }, "Remove");
        Assert.Contains("Passkey removed", laptop.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"no-passkeys\"", laptop.Html, StringComparison.Ordinal);
        await Customer.SignOutAsync(laptop);
        await SignInWithPasskeyAsync(laptop, authenticator);
        Assert.Equal(PasskeyErrors.Rejected, ErrorCode(laptop.Html));
        Assert.False((await laptop.MeAsync()).SignedIn);

        var entries = await AuditAsync();
        var changes = entries.Where(e => e.Event.Type.Id == AuditEventTypes.FactorChanged.Id && e.Event.Target?.Type == "passkey").ToList();
        Assert.Equal(["enrolled", "removed"], changes.Select(c => c.Event.Reason));
        Assert.All(changes, c => Assert.Equal(AuditOutcome.Success, c.Event.Outcome));
        Assert.Equal(changes[0].Event.Target!.Ids, changes[1].Event.Target!.Ids);
        Assert.Contains(entries, e => e.Event.Type.Id == AuditEventTypes.SignOut.Id && e.Event.Reason == "credential-change");
        Assert.Contains(entries, e => e.Event.Type.Id == AuditEventTypes.SignIn.Id && e.Event.Outcome == AuditOutcome.Success && e.Event.Target?.Type == "passkey");
        Assert.DoesNotContain(entries, e => e.Text.Contains(alice.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_passkey_made_without_user_verification_or_for_another_origin_is_not_added()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);

        using var noPin = new SoftwareAuthenticator { VerifiesUser = false };
        await AddPasskeyAsync(laptop, noPin, "No PIN");
        Assert.Equal(PasskeyErrors.Rejected, ErrorCode(laptop.Html));

        using var phished = new SoftwareAuthenticator { Origin = "https://confidant-login.example" };
        await AddPasskeyAsync(laptop, phished, "Phished");
        Assert.Equal(PasskeyErrors.Rejected, ErrorCode(laptop.Html));

        await laptop.GetAsync("/account/passkeys");
        Assert.Contains("id=\"no-passkeys\"", laptop.Html, StringComparison.Ordinal);
        var refusals = (await AuditAsync()).Where(e => e.Event.Type.Id == AuditEventTypes.FactorChanged.Id && e.Event.Target?.Type == "passkey").ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal((AuditOutcome.Failure, "rejected"), (r.Event.Outcome, r.Event.Reason)));
    }

    public void Dispose() => _host.Dispose();

    /// <summary>What passkeys.js does for the options: a POST with the page's antiforgery token in a header.</summary>
    private static async Task<(HttpResponseMessage Response, string Body)> OptionsAsync(AccountBrowser browser, string path, string handler, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}?handler={handler}");
        if (withToken)
        {
            var token = AntiforgeryToken().Match(browser.Html);
            Assert.True(token.Success, $"no antiforgery token on {browser.Location}");
            request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value));
        }

        var response = await browser.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static async Task AddPasskeyAsync(AccountBrowser browser, SoftwareAuthenticator authenticator, string name)
    {
        await browser.GetAsync("/account/passkeys");
        var (_, options) = await OptionsAsync(browser, "/account/passkeys", "CreationOptions");
        await browser.PostAsync("/account/passkeys", new Dictionary<string, string> { ["Name"] = name, ["Credential"] = authenticator.Create(options) }, "Add");
    }

    private static async Task SignInWithPasskeyAsync(AccountBrowser browser, SoftwareAuthenticator authenticator)
    {
        await browser.GetAsync("/account/sign-in");
        var (_, options) = await OptionsAsync(browser, "/account/sign-in", "PasskeyOptions");
        await browser.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Credential"] = authenticator.Get(options) }, "Passkey");
    }

    private static string? ErrorCode(string html) => PasskeyError().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static string PasskeyIdOn(string html) => PasskeyIdField().Match(html).Groups[1].Value;

    private async Task<List<(AuditEvent Event, string Text)>> AuditAsync()
    {
        var entries = new List<(AuditEvent Event, string Text)>();
        await foreach (var entry in _host.Services.GetRequiredService<AuditLedger>().ReadEntriesAsync())
        {
            entries.Add((AuditEntryCodec.Decode(entry.Entry), Encoding.UTF8.GetString(entry.Entry)));
        }

        return entries;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"passkey-error\" data-code=\"([A-Z0-9-]+)\"")]
    private static partial Regex PasskeyError();

    [GeneratedRegex("name=\"PasskeyId\" value=\"([A-Za-z0-9_-]+)\"")]
    private static partial Regex PasskeyIdField();
}
