using System.Net;
using System.Net.Sockets;
using Confidant.Identity.Messaging;

namespace Confidant.Identity.Tests.Messaging;

public sealed class SecurityMessageSenderTests
{
    [Fact]
    public async Task Send_RoutesEachChannelToItsProvider()
    {
        // E-mail to SMTP (nothing listens: it must fail), SMS still to the outbox.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var harness = MessagingHarness.Create(o =>
        {
            o.Email.Provider = EmailProvider.Smtp;
            o.Email.Smtp.Host = "127.0.0.1";
            o.Email.Smtp.Port = closedPort;
            o.Email.Smtp.From = "security@confidant.example";
        });

        await harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", "Confidant code: 482913"));
        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal("Smtp", e.Provider);
        Assert.Equal(SecurityChannel.Sms, Assert.Single(await DevelopmentOutbox.ReadAllAsync(harness.OutboxPath)).Channel);
    }

    [Theory]
    [InlineData(SecurityChannel.Email, "+4915112345678")]
    [InlineData(SecurityChannel.Email, "Ada <ada@example.com>")]
    [InlineData(SecurityChannel.Email, "ada@example.com\r\nBcc: eve@example.com")]
    [InlineData(SecurityChannel.Email, "ada@localhost")]
    [InlineData(SecurityChannel.Sms, "ada@example.com")]
    [InlineData(SecurityChannel.Sms, "015112345678")]
    [InlineData(SecurityChannel.Sms, "+49 151 12345678")]
    public async Task Send_RecipientNotOfTheChannelsKind_IsRefused_WithoutQuotingIt(SecurityChannel channel, string recipient)
    {
        await using var harness = MessagingHarness.Create();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => harness.Sender.SendAsync(new SecurityMessage(channel, recipient, "Code", "Your code is 482913.", SecurityMessageKind.SignInCode)));

        Assert.DoesNotContain(recipient, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(harness.OutboxPath));
    }

    [Fact]
    public async Task Send_SmsLongerThanOneSegment_IsRefused()
    {
        await using var harness = MessagingHarness.Create();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", new string('x', SecurityChannels.MaxSmsBodyLength + 1))));

        Assert.Contains("at most 160", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SubjectWithALineBreak_IsRefused()
    {
        await using var harness = MessagingHarness.Create();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Sender.SendAsync(
            new SecurityMessage(SecurityChannel.Email, "ada@example.com", "Code\r\nBcc: eve@example.com", "Your code is 482913.", SecurityMessageKind.SignInCode)));
    }

    [Fact]
    public async Task Send_LogsTheOutcome_WithAMaskedRecipient()
    {
        await using var harness = MessagingHarness.Create();

        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, "ada@example.com", "New device", "A new device signed in.", SecurityMessageKind.NewDeviceNotice));

        var sent = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 5100);
        Assert.Equal("Sent a NewDeviceNotice security message by Email to a•••@example.com through Outbox", sent.Message);
    }

    [Theory]
    [InlineData(SecurityChannel.Email, "ada@example.com", "a•••@example.com")]
    [InlineData(SecurityChannel.Email, "x@sub.example.org", "x•••@sub.example.org")]
    [InlineData(SecurityChannel.Email, "no-at-sign", "•••")]
    [InlineData(SecurityChannel.Sms, "+4915112345678", "•••78")]
    [InlineData(SecurityChannel.Sms, "12", "•••")]
    [InlineData(SecurityChannel.Sms, "", "•••")]
    public void Mask_ShowsOnlyTheAllowedPart(SecurityChannel channel, string recipient, string expected)
    {
        Assert.Equal(expected, RecipientMask.Mask(channel, recipient));
    }

    [Fact]
    public void Message_ToString_ShowsNeitherBodyNorAddress()
    {
        var message = new SecurityMessage(SecurityChannel.Email, "ada@example.com", "Code", "Your code is 482913.", SecurityMessageKind.StepUpCode);

        Assert.Equal("StepUpCode by Email to a•••@example.com", message.ToString());
    }

    [Fact]
    public void IsRestricted_OnlySms()
    {
        Assert.True(SecurityChannels.IsRestricted(SecurityChannel.Sms));
        Assert.False(SecurityChannels.IsRestricted(SecurityChannel.Email));
    }
}
