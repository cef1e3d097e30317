using Confidant.Identity.Factors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Tests.Factors;

/// <summary>
/// The passkey policy: user verification always required, only this site's own HTTPS origin (or
/// the configured ones) accepted in the signed client data, settings WebAuthn would refuse stopped
/// at start-up, and names kept free of controls that could disguise them.
/// </summary>
public sealed class PasskeyPolicyTests
{
    [Fact]
    public void User_verification_is_required_whatever_was_set_before()
    {
        var passkeys = new IdentityPasskeyOptions { UserVerificationRequirement = "discouraged" };
        PasskeyPolicy.Apply(passkeys, new ConfidantPasskeyOptions { ServerDomain = "bank.example", Timeout = TimeSpan.FromMinutes(2) });
        Assert.Equal("required", passkeys.UserVerificationRequirement);
        Assert.Equal("required", passkeys.ResidentKeyRequirement);
        Assert.Equal("none", passkeys.AttestationConveyancePreference);
        Assert.Equal("bank.example", passkeys.ServerDomain);
        Assert.Equal(TimeSpan.FromMinutes(2), passkeys.AuthenticatorTimeout);
    }

    [Theory]
    [InlineData("https://chat.bank.example:8443", false, true)]
    [InlineData("https://CHAT.bank.example:8443", false, true)]
    [InlineData("https://chat.bank.example", false, false)] // another port is another origin
    [InlineData("http://chat.bank.example:8443", false, false)]
    [InlineData("https://bank.example:8443", false, false)]
    [InlineData("https://chat.bank.example.evil.example:8443", false, false)]
    [InlineData("https://chat.bank.example:8443", true, false)] // in a cross-origin frame
    [InlineData("null", false, false)]
    [InlineData("", false, false)]
    public void Without_configured_origins_only_the_requests_own_origin_is_accepted(string origin, bool crossOrigin, bool accepted) =>
        Assert.Equal(accepted, PasskeyPolicy.IsAllowedOrigin(Context(origin, crossOrigin, "chat.bank.example:8443"), []));

    [Fact]
    public void Configured_origins_replace_the_requests_own()
    {
        string[] configured = ["https://chat.bank.example", "https://www.bank.example"];
        Assert.True(PasskeyPolicy.IsAllowedOrigin(Context("https://www.bank.example", false, "internal-host:5443"), configured));
        Assert.True(PasskeyPolicy.IsAllowedOrigin(Context("https://chat.bank.example:443", false, "internal-host:5443"), configured));
        Assert.False(PasskeyPolicy.IsAllowedOrigin(Context("https://internal-host:5443", false, "internal-host:5443"), configured));
    }

    [Theory]
    [InlineData("bank.example", new string[0], 300, true)]
    [InlineData(null, new string[0], 300, true)]
    [InlineData("localhost", new string[0], 300, true)]
    [InlineData("127.0.0.1", new string[0], 300, false)] // WebAuthn takes no IP address as rp id
    [InlineData("https://bank.example", new string[0], 300, false)]
    [InlineData("bank.example", new[] { "https://chat.bank.example" }, 300, true)]
    [InlineData("bank.example", new[] { "https://bank.example.evil.example" }, 300, false)]
    [InlineData("bank.example", new[] { "http://chat.bank.example" }, 300, false)]
    [InlineData("bank.example", new[] { "https://chat.bank.example/login" }, 300, false)]
    [InlineData("bank.example", new string[0], 10, false)]
    [InlineData("bank.example", new string[0], 3600, false)]
    public void Settings_webauthn_would_refuse_stop_the_start(string? domain, string[] origins, int timeoutSeconds, bool valid)
    {
        var options = new ConfidantPasskeyOptions { ServerDomain = domain, Timeout = TimeSpan.FromSeconds(timeoutSeconds) };
        foreach (var origin in origins)
        {
            options.Origins.Add(origin);
        }

        var result = new ConfidantPasskeyOptionsValidator().Validate(null, options);
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains(ConfidantPasskeyOptions.SectionName, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("  Work laptop  ", "Work laptop")]
    [InlineData("Phone\u202Egnp.exe", "Phonegnp.exe")] // a right-to-left override would show it reversed
    [InlineData("Tab\tand\r\n newline", "Tab and newline")]
    [InlineData("Family 👩\u200D👧", "Family 👩\u200D👧")] // the joiner of an emoji sequence stays
    [InlineData("   ", null)]
    [InlineData("\u200B\u2066", null)]
    [InlineData(null, null)]
    public void Passkey_names_are_kept_without_controls(string? name, string? kept) =>
        Assert.Equal(kept, PasskeyStore.CleanName(name));

    [Fact]
    public void A_long_name_is_cut_without_splitting_a_character()
    {
        var name = new string('a', PasskeyStore.MaxNameLength - 1) + "😀😀";
        var kept = PasskeyStore.CleanName(name)!;
        Assert.Equal(PasskeyStore.MaxNameLength - 1, kept.Length);
        Assert.False(char.IsHighSurrogate(kept[^1]));
    }

    [Fact]
    public void Credential_ids_round_trip_and_nonsense_is_refused()
    {
        byte[] id = [0xfb, 0xff, 0x00, 0x10, 0x7e];
        Assert.True(PasskeyStore.TryParseId(PasskeyStore.IdOf(id), out var parsed));
        Assert.Equal(id, parsed);
        Assert.False(PasskeyStore.TryParseId("not base64url!", out _));
        Assert.False(PasskeyStore.TryParseId(string.Empty, out _));
        Assert.False(PasskeyStore.TryParseId(PasskeyStore.IdOf(new byte[1024]), out _)); // over WebAuthn's 1,023 bytes
        Assert.Equal(16, PasskeyStore.AuditIdOf(id).Length);
    }

    private static PasskeyOriginValidationContext Context(string origin, bool crossOrigin, string host)
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString(host);
        return new PasskeyOriginValidationContext { HttpContext = http, Origin = origin, CrossOrigin = crossOrigin };
    }
}
