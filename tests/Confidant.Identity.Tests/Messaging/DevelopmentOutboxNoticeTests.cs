using Confidant.Identity.Messaging;
using Microsoft.Extensions.Logging;

namespace Confidant.Identity.Tests.Messaging;

public sealed class DevelopmentOutboxNoticeTests
{
    [Fact]
    public async Task Start_WithTheOutbox_WarnsOnceWithItsPath()
    {
        await using var harness = MessagingHarness.Create();

        await harness.StartAsync();

        var warning = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal(5102, warning.Id.Id);
        Assert.Contains("e-mail and SMS", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(harness.OutboxPath), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithTheOutbox_WarnsThatCustomersReceiveNothing_ButStarts()
    {
        await using var harness = MessagingHarness.Create(o => o.Email.Provider = EmailProvider.Outbox, environment: "Production");

        await harness.StartAsync();

        var warnings = harness.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Id.Id);
        Assert.Equal([5102, 5103], warnings);
    }

    [Fact]
    public async Task Start_WithBothProvidersConfigured_SaysNothing()
    {
        await using var harness = MessagingHarness.Create(o =>
        {
            MessagingHarness.Twilio(o);
            o.Email.Provider = EmailProvider.Smtp;
            o.Email.Smtp.Host = "smtp.example.com";
            o.Email.Smtp.From = "security@example.com";
        }, environment: "Production");

        await harness.StartAsync();

        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id is 5102 or 5103);
    }

    [Fact]
    public async Task Start_WithOnlySmsOnTheOutbox_NamesThatChannel()
    {
        await using var harness = MessagingHarness.Create(o =>
        {
            o.Email.Provider = EmailProvider.Smtp;
            o.Email.Smtp.Host = "smtp.example.com";
            o.Email.Smtp.From = "security@example.com";
        });

        await harness.StartAsync();

        Assert.Contains("by SMS go to", Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 5102).Message, StringComparison.Ordinal);
    }
}
