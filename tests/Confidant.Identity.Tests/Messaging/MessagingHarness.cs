using Confidant.Identity.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Identity.Tests.Messaging;

/// <summary>
/// The messaging services as an application registers them, with fake logging (every level), a
/// fake clock, a temporary outbox folder and, for Twilio, a fake HTTP handler.
/// </summary>
internal sealed class MessagingHarness : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "tok-canary-5f1e2d7a";
    public const string SmtpUser = "relay-user";
    public const string SmtpPassword = "pw-canary-93be41";

    private MessagingHarness(ServiceProvider provider, string folder, FakeTimeProvider time)
    {
        Provider = provider;
        Folder = folder;
        Time = time;
        Logs = provider.GetFakeLogCollector();
    }

    public ServiceProvider Provider { get; }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public string OutboxPath => Path.Combine(Folder, "outbox", "security-messages.jsonl");

    public ISecurityMessageSender Sender => Provider.GetRequiredService<ISecurityMessageSender>();

    public static MessagingHarness Create(Action<SecurityMessagingOptions>? configure = null, HttpMessageHandler? twilio = null, string environment = "Development")
    {
        var folder = Path.Combine(Path.GetTempPath(), "confidant-messaging-" + Guid.NewGuid().ToString("N"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 30, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = true);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ApplicationName = "Confidant.Identity.Tests" });
        services.AddConfidantSecurityMessaging(o =>
        {
            o.OutboxPath = Path.Combine(folder, "outbox", "security-messages.jsonl");
            configure?.Invoke(o);
        });
        if (twilio is not null)
        {
            services.AddHttpClient(TwilioSmsTransport.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => twilio);
        }

        return new MessagingHarness(services.BuildServiceProvider(validateScopes: true), folder, time);
    }

    /// <summary>SMTP to the test server on 127.0.0.1, the certificate pinned, with credentials.</summary>
    public static Action<SecurityMessagingOptions> Smtp(SmtpTestServer server, string thumbprint, SmtpSecurity security = SmtpSecurity.StartTls, bool credentials = true) => o =>
    {
        o.Email.Provider = EmailProvider.Smtp;
        o.Email.Smtp.Host = "127.0.0.1";
        o.Email.Smtp.Port = server.Port;
        o.Email.Smtp.Security = security;
        o.Email.Smtp.From = "security@confidant.example";
        o.Email.Smtp.ServerCertificateSha256 = thumbprint;
        o.Email.Smtp.Timeout = TimeSpan.FromSeconds(20);
        if (credentials)
        {
            o.Email.Smtp.UserName = SmtpUser;
            o.Email.Smtp.Password = SmtpPassword;
        }
    };

    /// <summary>Twilio with a sending number.</summary>
    public static void Twilio(SecurityMessagingOptions o)
    {
        o.Sms.Provider = SmsProvider.Twilio;
        o.Sms.Twilio.AccountSid = AccountSid;
        o.Sms.Twilio.AuthToken = AuthToken;
        o.Sms.Twilio.From = "+15005550006";
    }

    /// <summary>Starts the hosted services, as the host would.</summary>
    public async Task StartAsync()
    {
        foreach (var service in Provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
