using Confidant.Identity.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Tests.Messaging;

/// <summary>Messages the tests send.</summary>
internal static class Messages
{
    public static SecurityMessage SignInEmail(string recipient, string body) =>
        new(SecurityChannel.Email, recipient, "Your Confidant sign-in code", body, SecurityMessageKind.SignInCode);

    public static SecurityMessage SignInSms(string recipient, string body) =>
        new(SecurityChannel.Sms, recipient, string.Empty, body, SecurityMessageKind.SignInCode);

    public static SecurityMessagingOptions GetOptions(this IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<SecurityMessagingOptions>>().Value;
}
