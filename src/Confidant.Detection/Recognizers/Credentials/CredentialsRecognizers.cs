using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>The credentials recognizers.</summary>
internal static class CredentialsRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new AnnouncedSecretRecognizer(),
        new PasswordShapeRecognizer(),
        new ApiKeyRecognizer(),
        new PrivateKeyRecognizer(),
    ];
}
