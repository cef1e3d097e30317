using System.Net;
using Confidant.Identity.Messaging;
using Microsoft.Extensions.Logging.Testing;

namespace Confidant.Identity.Tests.Messaging;

/// <summary>
/// A planted code and planted recipients go through every transport, on success and on failure
/// (with relays and Twilio quoting them back); none may appear in any log record, nor a secret.
/// </summary>
public sealed class LogCanaryTests : IDisposable
{
    private const string Code = "864219";
    private const string Address = "canary.person@example.com";
    private const string Phone = "+15550123419";
    private static readonly string Body = $"Your Confidant code is {Code}. Do not share it.";
    private static readonly string SmsBody = $"Confidant code: {Code}";

    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate = TestCertificates.CreateLocalhost();

    public void Dispose() => _certificate.Dispose();

    [Fact]
    public async Task Outbox_LogsNeitherTheCodeNorTheRecipient()
    {
        await using var harness = MessagingHarness.Create();
        await harness.StartAsync();

        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, Address, "Sign-in code", Body, SecurityMessageKind.SignInCode));
        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Sms, Phone, string.Empty, SmsBody, SecurityMessageKind.SignInCode));

        // The outbox itself holds them: that is what it is for.
        var entries = await DevelopmentOutbox.ReadAllAsync(harness.OutboxPath);
        Assert.Equal([Address, Phone], entries.Select(e => e.Recipient));
        AssertClean(harness.Logs, expectSent: 2);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("c•••@example.com", StringComparison.Ordinal));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("•••19", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Smtp_LogsNeitherTheCodeNorTheRecipientNorThePassword_OnSuccessAndOnRejection()
    {
        var pin = TestCertificates.Sha256Thumbprint(_certificate);
        await using (var server = new SmtpTestServer(_certificate, credentials: (MessagingHarness.SmtpUser, MessagingHarness.SmtpPassword)))
        await using (var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, pin)))
        {
            await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, Address, "Sign-in code", Body, SecurityMessageKind.SignInCode));
            Assert.Contains(Code, Assert.Single(server.Mail).Data, StringComparison.Ordinal);
            AssertClean(harness.Logs, expectSent: 1);
        }

        await using (var server = new SmtpTestServer(_certificate, credentials: (MessagingHarness.SmtpUser, MessagingHarness.SmtpPassword)) { RejectRecipients = true })
        await using (var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, pin)))
        {
            var e = await Assert.ThrowsAsync<SecurityMessageException>(() =>
                harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, Address, "Sign-in code", Body, SecurityMessageKind.SignInCode)));
            AssertCleanText(e.ToString());
            AssertClean(harness.Logs, expectSent: 0);
            Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 5101);
        }
    }

    [Fact]
    public async Task Twilio_LogsNeitherTheCodeNorTheNumberNorTheToken_OnSuccessAndOnRejection()
    {
        await using (var harness = MessagingHarness.Create(MessagingHarness.Twilio, new RecordingHandler()))
        {
            await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Sms, Phone, string.Empty, SmsBody, SecurityMessageKind.SignInCode));
            AssertClean(harness.Logs, expectSent: 1);
        }

        var rejecting = new RecordingHandler
        {
            Status = HttpStatusCode.BadRequest,
            Json = $$"""{"code":21610,"message":"Attempt to send to unsubscribed recipient {{Phone}}: {{SmsBody}}","more_info":"https://www.twilio.com/docs/errors/21610","status":400}""",
        };
        await using (var harness = MessagingHarness.Create(MessagingHarness.Twilio, rejecting))
        {
            var e = await Assert.ThrowsAsync<SecurityMessageException>(() =>
                harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Sms, Phone, string.Empty, SmsBody, SecurityMessageKind.SignInCode)));
            AssertCleanText(e.ToString());
            AssertClean(harness.Logs, expectSent: 0);
            Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 5101);
        }
    }

    private static void AssertClean(FakeLogCollector logs, int expectSent)
    {
        var records = logs.GetSnapshot();
        Assert.Equal(expectSent, records.Count(r => r.Id.Id == 5100));
        foreach (var record in records)
        {
            AssertCleanText(record.Message);
            AssertCleanText(record.Exception?.ToString());
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                AssertCleanText(key);
                AssertCleanText(value);
            }

            foreach (var scope in record.Scopes)
            {
                AssertCleanText(scope?.ToString());
            }
        }
    }

    private static void AssertCleanText(string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var secret in new[] { Code, Address, "canary.person", Phone, Phone[1..], MessagingHarness.AuthToken, MessagingHarness.SmtpPassword })
        {
            Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"'{secret}' leaked into: {text}");
        }
    }
}
