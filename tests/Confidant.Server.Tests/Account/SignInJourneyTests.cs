using System.Net;
using Confidant.Identity.Messaging;
using Confidant.Identity.Sessions;

namespace Confidant.Server.Tests.Account;

/// <summary>
/// Alice's journey through HTTP, as her browsers would: register, enrol an authenticator app,
/// sign in on a new device (second factor demanded), trust it (no second factor next time), see a
/// notice when another device signs in, revoke the device (second factor again).
/// </summary>
public sealed class SignInJourneyTests : IDisposable
{
    private readonly AccountHost _host = new();

    [Fact]
    public async Task Trusted_device_skips_the_second_factor_until_it_is_revoked_and_a_new_device_meets_it()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
        await alice.RegisterAsync(laptop);
        var recovery = await alice.EnrolTotpAsync(laptop);
        Assert.NotEmpty(recovery);
        await Customer.SignOutAsync(laptop);
        Assert.False((await laptop.MeAsync()).SignedIn);

        // The laptop is not trusted yet: the password alone does not sign in.
        await alice.SubmitPasswordAsync(laptop);
        Assert.True(laptop.IsAt("/account/verify"), $"expected the second-factor page, got {laptop.Location}");
        Assert.False((await laptop.MeAsync()).SignedIn);
        await alice.PresentTotpAsync(laptop, trust: true);
        var me = await laptop.MeAsync();
        Assert.True(me.SignedIn);
        Assert.Equal(AuthenticationMethods.PasswordAndSecondFactor, me.Method);
        Assert.DoesNotContain(alice.Email, me.Name, StringComparison.Ordinal);
        await Customer.SignOutAsync(laptop);

        // Next week, same laptop: no second factor.
        _host.Clock.Advance(TimeSpan.FromDays(7));
        await alice.SubmitPasswordAsync(laptop);
        Assert.True(laptop.IsAt("/account"), $"expected to be signed in, got {laptop.Location}");
        Assert.Equal(AuthenticationMethods.TrustedDevice, (await laptop.MeAsync()).Method);

        // A new phone: the second factor is demanded, and the laptop's code channel hears about it.
        var noticesBefore = (await _host.MessagesToAsync(alice.Email)).Count(m => m.Kind == SecurityMessageKind.NewDeviceNotice);
        using var phone = _host.Browser("Mozilla/5.0 (Linux; Android 15) Chrome/141.0 Mobile");
        await alice.SubmitPasswordAsync(phone);
        Assert.True(phone.IsAt("/account/verify"));
        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        await alice.PresentTotpAsync(phone);
        Assert.True((await phone.MeAsync()).SignedIn);
        var notices = (await _host.MessagesToAsync(alice.Email)).Where(m => m.Kind == SecurityMessageKind.NewDeviceNotice).ToList();
        Assert.Equal(noticesBefore + 1, notices.Count);
        Assert.Contains("Chrome on Android", notices[^1].Body, StringComparison.Ordinal);

        // From the phone she lists her trusted devices and removes the laptop.
        await phone.GetAsync("/account/devices");
        var deviceId = System.Text.RegularExpressions.Regex.Match(phone.Html, "name=\"DeviceId\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        Assert.Contains("Firefox on Linux", phone.Html, StringComparison.Ordinal);
        await phone.PostAsync("/account/devices", new Dictionary<string, string> { ["DeviceId"] = deviceId }, "Revoke");
        Assert.Contains("No trusted devices", phone.Html, StringComparison.Ordinal);

        // The laptop meets the second factor again.
        await Customer.SignOutAsync(laptop);
        await alice.SubmitPasswordAsync(laptop);
        Assert.True(laptop.IsAt("/account/verify"), $"a revoked device must meet the second factor, got {laptop.Location}");
    }

    [Fact]
    public async Task A_used_code_is_refused_when_replayed()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        await Customer.SignOutAsync(laptop);

        await alice.SubmitPasswordAsync(laptop);
        var code = alice.TotpNow();
        await alice.PresentTotpAsync(laptop, code: code);
        Assert.True((await laptop.MeAsync()).SignedIn);

        // Someone who saw the code tries it in its own 30-second window, on another browser.
        using var thief = _host.Browser();
        await alice.SubmitPasswordAsync(thief);
        Assert.True(thief.IsAt("/account/verify"));
        await alice.PresentTotpAsync(thief, code: code);
        Assert.False((await thief.MeAsync()).SignedIn);
        Assert.Contains("not accepted", thief.Html, StringComparison.Ordinal);

        // The e-mailed code is single use too.
        using var other = _host.Browser();
        await alice.SubmitPasswordAsync(other);
        await other.PostAsync("/account/verify", new Dictionary<string, string>(), "Send");
        var emailed = await _host.LatestCodeAsync(alice.Email, SecurityMessageKind.SignInCode);
        await other.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = emailed }, "Code");
        Assert.True((await other.MeAsync()).SignedIn);
        using var replay = _host.Browser();
        await alice.SubmitPasswordAsync(replay);
        await replay.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = emailed }, "Code");
        Assert.False((await replay.MeAsync()).SignedIn);
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        var codes = await alice.EnrolTotpAsync(laptop);
        await Customer.SignOutAsync(laptop);

        await alice.SubmitPasswordAsync(laptop);
        await laptop.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "recovery-code", ["Code"] = codes[0] }, "Code");
        Assert.True((await laptop.MeAsync()).SignedIn);
        await Customer.SignOutAsync(laptop);

        await alice.SubmitPasswordAsync(laptop);
        await laptop.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "recovery-code", ["Code"] = codes[0] }, "Code");
        Assert.False((await laptop.MeAsync()).SignedIn);
    }

    [Fact]
    public async Task Staff_always_meet_the_second_factor_even_on_a_browser_they_asked_to_trust()
    {
        var email = $"agent.{Guid.NewGuid():N}@example.com";
        const string Password = "staff passphrase that is long enough";
        await _host.CreateStaffAsync(email, Password, "agent");
        var agent = new Customer(_host, email, Password);
        using var desk = _host.Browser();

        await agent.SubmitPasswordAsync(desk);
        Assert.True(desk.IsAt("/account/verify"));
        var code = await _host.LatestCodeAsync(email, SecurityMessageKind.SignInCode);
        await desk.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = code, ["TrustDevice"] = "true" }, "Code");
        Assert.True((await desk.MeAsync()).SignedIn);
        await Customer.SignOutAsync(desk);

        await agent.SubmitPasswordAsync(desk);
        Assert.True(desk.IsAt("/account/verify"), "staff must meet the second factor every time");
    }

    [Fact]
    public async Task Changing_the_password_signs_out_every_other_session_and_removes_trusted_devices()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        await Customer.SignOutAsync(laptop);
        await alice.SubmitPasswordAsync(laptop);
        await alice.PresentTotpAsync(laptop, trust: true);

        using var phone = _host.Browser();
        await alice.SubmitPasswordAsync(phone);
        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        await alice.PresentTotpAsync(phone);
        Assert.True((await phone.MeAsync()).SignedIn);

        const string NewPassword = "a brand new passphrase for alice";
        await phone.SubmitAsync("/account/password", new Dictionary<string, string> { ["Current"] = alice.Password, ["Next"] = NewPassword });
        Assert.Contains("Your password is changed", phone.Html, StringComparison.Ordinal);
        Assert.True((await phone.MeAsync()).SignedIn);
        Assert.False((await laptop.MeAsync()).SignedIn);

        // The laptop's trust went with the old password.
        await alice.SubmitPasswordAsync(laptop, NewPassword);
        Assert.True(laptop.IsAt("/account/verify"));
    }

    [Fact]
    public async Task An_idle_session_ends_after_thirty_minutes_and_no_session_outlives_twelve_hours()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        Assert.True((await laptop.MeAsync()).SignedIn);
        _host.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True((await laptop.MeAsync()).SignedIn);
        _host.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False((await laptop.MeAsync()).SignedIn);

        using var busy = _host.Browser();
        await alice.SubmitPasswordAsync(busy);
        await busy.PostAsync("/account/verify", new Dictionary<string, string>(), "Send");
        var code = await _host.LatestCodeAsync(alice.Email, SecurityMessageKind.SignInCode);
        await busy.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = code }, "Code");
        for (var hour = 0; hour < 12; hour++)
        {
            Assert.True((await busy.MeAsync()).SignedIn, $"active session ended after {hour} h");
            for (var step = 0; step < 3; step++)
            {
                _host.Clock.Advance(TimeSpan.FromMinutes(20));
                await busy.MeAsync();
            }
        }

        Assert.False((await busy.MeAsync()).SignedIn);
    }

    [Fact]
    public async Task Pages_need_a_signed_in_customer_and_forms_need_the_antiforgery_token()
    {
        using var stranger = _host.Browser();
        await stranger.GetAsync("/account/devices");
        Assert.True(stranger.IsAt("/account/sign-in"), $"got {stranger.Location}");

        var response = await stranger.Client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.com", ["Password"] = "whatever123" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var api = await stranger.Client.PostAsync("/api/step-up", System.Net.Http.Json.JsonContent.Create(new { action = "balance" }));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
