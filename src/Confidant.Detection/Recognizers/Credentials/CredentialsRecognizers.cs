using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>The credentials recognizers.</summary>
internal static class CredentialsRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new AnnouncedSecretRecognizer(),
        new SecretsInSentencesRecognizer(),
        new PasswordShapeRecognizer(),
        new PrivateKeyRecognizer(), // before the API keys, which pass over the lines of a private key block
        new ApiKeyRecognizer(),
    ];
}
