using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>The contact recognizers (and the IP address recognizer of the network family).</summary>
internal static class ContactRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new EmailRecognizer(),
        new SpelledEmailRecognizer(),
        new PhoneRecognizer(options),
        new IpAddressRecognizer(),
        new StreetAddressRecognizer(),
        new PostcodeRecognizer(),
    ];
}
