using System.Net;
using System.Text;
using Confidant.Identity.Messaging;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Messaging;

public sealed class TwilioSmsTransportTests
{
    [Fact]
    public async Task Send_PostsToTheMessagesResource_WithBasicAuthAndTheFormFields()
    {
        var twilio = new RecordingHandler();
        await using var harness = MessagingHarness.Create(MessagingHarness.Twilio, twilio);

        await harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", "Confidant code: 482913"));

        var request = Assert.Single(twilio.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri($"https://api.twilio.com/2010-04-01/Accounts/{MessagingHarness.AccountSid}/Messages.json"), request.Uri);
        Assert.Equal("Basic", request.Authorization?.Scheme);
        Assert.Equal($"{MessagingHarness.AccountSid}:{MessagingHarness.AuthToken}", Encoding.UTF8.GetString(Convert.FromBase64String(request.Authorization!.Parameter!)));
        var form = QueryHelpers.ParseQuery(request.Content);
        Assert.Equal("+4915112345678", form["To"]);
        Assert.Equal("+15005550006", form["From"]);
        Assert.Equal("Confidant code: 482913", form["Body"]);
        Assert.False(form.ContainsKey("MessagingServiceSid"));
    }

    [Fact]
    public async Task Send_WithAMessagingService_SendsItsSid_AndNoFrom()
    {
        var twilio = new RecordingHandler();
        await using var harness = MessagingHarness.Create(o =>
        {
            MessagingHarness.Twilio(o);
            o.Sms.Twilio.From = null;
            o.Sms.Twilio.MessagingServiceSid = "MG0123456789abcdef0123456789abcdef";
        }, twilio);

        await harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", "Confidant code: 482913"));

        var form = QueryHelpers.ParseQuery(Assert.Single(twilio.Requests).Content);
        Assert.Equal("MG0123456789abcdef0123456789abcdef", form["MessagingServiceSid"]);
        Assert.False(form.ContainsKey("From"));
    }

    [Fact]
    public async Task Send_TwilioAnswers400_IsRejected_WithTheCodesButNotTheNumberOrBody()
    {
        // Twilio's error text quotes the number; the exception must not.
        var twilio = new RecordingHandler
        {
            Status = HttpStatusCode.BadRequest,
            Json = """{"code":21211,"message":"The 'To' number +4915112345678 is not a valid phone number (body: Confidant code: 482913).","more_info":"https://www.twilio.com/docs/errors/21211","status":400}""",
        };
        await using var harness = MessagingHarness.Create(MessagingHarness.Twilio, twilio);

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", "Confidant code: 482913")));

        Assert.Equal(SecurityMessageErrorCodes.Rejected, e.Code);
        Assert.Equal(SecurityChannel.Sms, e.Channel);
        Assert.Equal("Twilio", e.Provider);
        Assert.Contains("HTTP 400", e.Message, StringComparison.Ordinal);
        Assert.Contains("Twilio error 21211", e.Message, StringComparison.Ordinal);
        var text = e.ToString();
        Assert.DoesNotContain("4915112345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("482913", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MessagingHarness.AuthToken, text, StringComparison.Ordinal);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public async Task Send_TwilioAnswers401_IsAnAuthenticationFailure()
    {
        var twilio = new RecordingHandler
        {
            Status = HttpStatusCode.Unauthorized,
            Json = """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""",
        };
        await using var harness = MessagingHarness.Create(MessagingHarness.Twilio, twilio);

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", "Confidant code: 482913")));

        Assert.Equal(SecurityMessageErrorCodes.AuthenticationFailed, e.Code);
        Assert.Contains("20003", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NetworkFailure_IsUnavailable()
    {
        var twilio = new RecordingHandler { Failure = new HttpRequestException("Connection refused (api.twilio.com:443)") };
        await using var harness = MessagingHarness.Create(MessagingHarness.Twilio, twilio);

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInSms("+4915112345678", "Confidant code: 482913")));

        Assert.Equal(SecurityMessageErrorCodes.Unavailable, e.Code);
        Assert.IsType<HttpRequestException>(e.InnerException);
    }

    [Fact]
    public async Task HttpClient_TakesItsTimeoutFromTheOptions()
    {
        await using var harness = MessagingHarness.Create(o =>
        {
            MessagingHarness.Twilio(o);
            o.Sms.Twilio.Timeout = TimeSpan.FromSeconds(7);
        }, new RecordingHandler());

        using var client = harness.Provider.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioSmsTransport.HttpClientName);

        Assert.Equal(TimeSpan.FromSeconds(7), client.Timeout);
    }
}
