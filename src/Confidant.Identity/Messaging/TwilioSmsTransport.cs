using System.Globalization;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Confidant.Identity.Messaging;

/// <summary>
/// Sends SMS through Twilio's Messages API (<c>POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json</c>)
/// with the Twilio SDK, over an <see cref="System.Net.Http.HttpClient"/> from
/// <see cref="IHttpClientFactory"/> (named <see cref="HttpClientName"/>, so tests and deployments
/// can configure its handler).
/// </summary>
internal sealed class TwilioSmsTransport(IOptions<SecurityMessagingOptions> options, IHttpClientFactory httpClientFactory) : ISecurityMessageTransport
{
    public const string ProviderName = "Twilio";

    /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> this transport asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "Confidant.Identity.Messaging.Twilio";

    public string Name => ProviderName;

    public async Task SendAsync(SecurityMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var twilio = options.Value.Sms.Twilio;

        // A client per message: the SDK's HTTP wrapper keeps the last request (code included) in a
        // property, which should not outlive the send.
        var http = new SystemNetHttpClient(httpClientFactory.CreateClient(HttpClientName));
        var client = new TwilioRestClient(twilio.AccountSid, twilio.AuthToken, accountSid: twilio.AccountSid, httpClient: http)
        {
            // TWILIO_LOG_LEVEL=debug would print requests to the console.
            LogLevel = null,
        };
        var create = new CreateMessageOptions(new PhoneNumber(message.Recipient)) { Body = message.Body };
        if (!string.IsNullOrWhiteSpace(twilio.MessagingServiceSid))
        {
            create.MessagingServiceSid = twilio.MessagingServiceSid;
        }

        if (!string.IsNullOrWhiteSpace(twilio.From))
        {
            create.From = new PhoneNumber(twilio.From);
        }

        try
        {
            // The SDK takes no cancellation token; the HttpClient's timeout bounds the request, and a
            // cancelled caller stops waiting (the SMS may still go out).
            await MessageResource.CreateAsync(create, client).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException e)
        {
            // Twilio's error text may quote the number ("The 'To' number +1... is not valid"): only codes are kept.
            var status = e.Status.ToString(CultureInfo.InvariantCulture);
            var code = e.Code.ToString(CultureInfo.InvariantCulture);
            throw e.Status is 401 or 403
                ? Fail(SecurityMessageErrorCodes.AuthenticationFailed, message, $"Twilio refused the account SID or auth token (HTTP {status}, Twilio error {code}).")
                : Fail(SecurityMessageErrorCodes.Rejected, message, $"Twilio refused the message (HTTP {status}, Twilio error {code}).");
        }
        catch (ApiConnectionException e) when (e.InnerException is TaskCanceledException { InnerException: TimeoutException })
        {
            throw Fail(SecurityMessageErrorCodes.TimedOut, message,
                $"Twilio did not answer within {twilio.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (ApiConnectionException e)
        {
            // The SDK's text is the method and URL (account SID, no recipient); the inner one is a socket or TLS failure.
            throw Fail(SecurityMessageErrorCodes.Unavailable, message, "Twilio could not be reached.", e.InnerException);
        }
        catch (TwilioException)
        {
            throw Fail(SecurityMessageErrorCodes.Unavailable, message, "the Twilio SDK failed without a status code.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Callers handle one exception type. The unexpected one (a malformed answer, say) is named by its type only.
            throw Fail(SecurityMessageErrorCodes.Unavailable, message, $"the Twilio SDK failed unexpectedly ({e.GetType().Name}).");
        }
    }

    private static SecurityMessageException Fail(string code, SecurityMessage message, string reason, Exception? inner = null) =>
        new(code, message.Channel, ProviderName, reason, inner);
}
