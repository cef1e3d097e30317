using Confidant.Identity.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Tests.Messaging;

public sealed class SecurityMessagingOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(Action<SecurityMessagingOptions> configure)
    {
        var options = new SecurityMessagingOptions();
        configure(options);
        return new SecurityMessagingOptionsValidator().Validate(null, options);
    }

    [Fact]
    public void Defaults_AreValid_BothChannelsToTheOutbox()
    {
        var options = new SecurityMessagingOptions();

        Assert.True(new SecurityMessagingOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(EmailProvider.Outbox, options.Email.Provider);
        Assert.Equal(SmsProvider.Outbox, options.Sms.Provider);
        Assert.Equal(Path.Combine("data", "outbox", "security-messages.jsonl"), options.OutboxPath);
    }

    [Fact]
    public void Smtp_WithoutHostOrFrom_NamesTheMissingSettings()
    {
        var result = Validate(o => o.Email.Provider = EmailProvider.Smtp);

        Assert.Equal(
            [
                "Confidant:Identity:Messaging:Email:Smtp:Host is required when the e-mail provider is Smtp.",
                "Confidant:Identity:Messaging:Email:Smtp:From is required when the e-mail provider is Smtp.",
            ],
            result.Failures);
    }

    [Fact]
    public void Smtp_SettingsAreNotCheckedWhileTheProviderIsOutbox()
    {
        Assert.True(Validate(o => o.Email.Smtp.Port = 0).Succeeded);
    }

    [Theory]
    [InlineData("port", "Confidant:Identity:Messaging:Email:Smtp:Port must be 1 to 65535.")]
    [InlineData("security", "Confidant:Identity:Messaging:Email:Smtp:Security must be StartTls or SslOnConnect; plaintext SMTP is not supported.")]
    [InlineData("from", "Confidant:Identity:Messaging:Email:Smtp:From must be a bare e-mail address (security@example.com).")]
    [InlineData("user", "Confidant:Identity:Messaging:Email:Smtp:Password is required when Confidant:Identity:Messaging:Email:Smtp:UserName is set.")]
    [InlineData("password", "Confidant:Identity:Messaging:Email:Smtp:UserName is required when Confidant:Identity:Messaging:Email:Smtp:Password is set.")]
    [InlineData("timeout", "Confidant:Identity:Messaging:Email:Smtp:Timeout must be between 1 second and 5 minutes.")]
    [InlineData("pin", "Confidant:Identity:Messaging:Email:Smtp:ServerCertificateSha256 must be a SHA-256 thumbprint: 64 hexadecimal digits (colons allowed).")]
    public void Smtp_BadSetting_IsNamed(string setting, string expected)
    {
        var result = Validate(o =>
        {
            o.Email.Provider = EmailProvider.Smtp;
            o.Email.Smtp.Host = "smtp.example.com";
            o.Email.Smtp.From = "security@example.com";
            switch (setting)
            {
                case "port": o.Email.Smtp.Port = 70000; break;
                case "security": o.Email.Smtp.Security = (SmtpSecurity)7; break;
                case "from": o.Email.Smtp.From = "Security <security@example.com>"; break;
                case "user": o.Email.Smtp.UserName = "relay"; break;
                case "password": o.Email.Smtp.Password = "hunter2-secret"; break;
                case "timeout": o.Email.Smtp.Timeout = TimeSpan.Zero; break;
                case "pin": o.Email.Smtp.ServerCertificateSha256 = "AB:CD"; break;
            }
        });

        Assert.Equal([expected], result.Failures);
    }

    [Fact]
    public void Twilio_WithNothingSet_NamesEverySetting()
    {
        var result = Validate(o => o.Sms.Provider = SmsProvider.Twilio);

        Assert.Equal(
            [
                "Confidant:Identity:Messaging:Sms:Twilio:AccountSid is required when the SMS provider is Twilio.",
                "Confidant:Identity:Messaging:Sms:Twilio:AuthToken is required when the SMS provider is Twilio.",
                "Confidant:Identity:Messaging:Sms:Twilio:From or Confidant:Identity:Messaging:Sms:Twilio:MessagingServiceSid is required when the SMS provider is Twilio.",
            ],
            result.Failures);
    }

    [Fact]
    public void Twilio_MalformedValues_AreNamed_AndNoValueIsRepeated()
    {
        var result = Validate(o =>
        {
            o.Sms.Provider = SmsProvider.Twilio;
            o.Sms.Twilio.AccountSid = "not-a-sid-canary";
            o.Sms.Twilio.AuthToken = "token-canary-1234";
            o.Sms.Twilio.From = "0151 12345";
            o.Sms.Twilio.MessagingServiceSid = "service-canary";
            o.Sms.Twilio.Timeout = TimeSpan.FromHours(1);
        });

        Assert.Equal(
            [
                "Confidant:Identity:Messaging:Sms:Twilio:AccountSid must be AC followed by 32 hexadecimal digits.",
                "Confidant:Identity:Messaging:Sms:Twilio:From must be an E.164 phone number (a plus sign and 7 to 15 digits).",
                "Confidant:Identity:Messaging:Sms:Twilio:MessagingServiceSid must be MG followed by 32 hexadecimal digits.",
                "Confidant:Identity:Messaging:Sms:Twilio:Timeout must be between 1 second and 5 minutes.",
            ],
            result.Failures);
        Assert.DoesNotContain("canary", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("12345", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Outbox_WithoutAPath_IsNamed()
    {
        var result = Validate(o => o.OutboxPath = " ");

        Assert.Equal(["Confidant:Identity:Messaging:OutboxPath is required when a provider is Outbox."], result.Failures);
    }

    [Fact]
    public void Providers_UnknownValues_AreNamed()
    {
        var result = Validate(o =>
        {
            o.Email.Provider = (EmailProvider)9;
            o.Sms.Provider = (SmsProvider)9;
        });

        Assert.Equal(["Confidant:Identity:Messaging:Email:Provider must be Outbox or Smtp.", "Confidant:Identity:Messaging:Sms:Provider must be Outbox or Twilio."], result.Failures);
    }

    [Fact]
    public async Task Registration_InvalidOptions_FailWhenTheSenderIsResolved_WithoutTheSecret()
    {
        await using var harness = MessagingHarness.Create(o =>
        {
            o.Email.Provider = EmailProvider.Smtp;
            o.Email.Smtp.Password = "hunter2-secret";
        });

        var e = Assert.Throws<OptionsValidationException>(() => harness.Provider.GetRequiredService<ISecurityMessageSender>());

        Assert.Contains("Confidant:Identity:Messaging:Email:Smtp:Host is required when the e-mail provider is Smtp.", e.Failures);
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_ValidatesOnStart()
    {
        var services = new ServiceCollection();
        services.AddConfidantSecurityMessaging();

        // AddOptionsWithValidateOnStart registers the start-up validator the host runs.
        Assert.Contains(services, d => d.ServiceType.Name == "IStartupValidator");
        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<SecurityMessagingOptions>));
    }
}
