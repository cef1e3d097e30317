using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>The contact recognizers.</summary>
internal static class ContactRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) => [];
}
