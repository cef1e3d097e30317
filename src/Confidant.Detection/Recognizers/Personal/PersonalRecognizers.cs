using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>The personal recognizers.</summary>
internal static class PersonalRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new PersonNameRecognizer(),
        new DateOfBirthRecognizer(),
        new AgeRecognizer(),
    ];
}
