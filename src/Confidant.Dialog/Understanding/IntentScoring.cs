namespace Confidant.Dialog.Understanding;

/// <summary>
/// The constants of <see cref="IntentRecognizer"/>'s score, in one place. <see cref="Default"/> holds
/// the values the demo bots were tuned with (eval/intents/README.md); the internal constructor of
/// the recognizer takes others, for tests and for tuning runs.
/// </summary>
/// <param name="K1">BM25 term-frequency saturation (the usual value).</param>
/// <param name="B">BM25 length normalisation; below the usual 0.75 because example phrases are all short.</param>
/// <param name="ExampleWeight">Weight of the best example's score in the confidence.</param>
/// <param name="KeywordWeight">Weight of the keyword signal in the confidence.</param>
/// <param name="KeywordSaturation">
/// When above 0, the keyword signal is 1 - exp(-matched / (this × the weight of a word no intent
/// uses)): it grows with the keywords found, whatever the length of the message. At 0 it is the
/// keywords' share of the message.
/// </param>
/// <param name="VocabularyWeight">Weight of the vocabulary share in the confidence.</param>
/// <param name="SalientExamples">
/// In how many of an intent's examples a word must be to count fully in its vocabulary share (a
/// keyword always counts fully).
/// </param>
/// <param name="ExampleCoverageShare">Part of an example's score that is how much of the example the message covers.</param>
/// <param name="UnknownWordFactor">An unknown word weighs this share of the weight of a word no intent uses.</param>
/// <param name="NumberFactor">A number weighs this share of its inverse document frequency.</param>
/// <param name="BigramFactor">A pair of neighbouring words weighs this share of its inverse document frequency.</param>
/// <param name="EvidencePrior">
/// Weight added to every message, as a share of the weight of a word no intent uses: a message of
/// one common word ("see", "it") cannot reach full confidence by matching that word alone.
/// </param>
internal sealed record IntentScoring(
    double K1,
    double B,
    double ExampleWeight,
    double KeywordWeight,
    double KeywordSaturation,
    double VocabularyWeight,
    double SalientExamples,
    double ExampleCoverageShare,
    double UnknownWordFactor,
    double NumberFactor,
    double BigramFactor,
    double EvidencePrior)
{
    public static IntentScoring Default { get; } = new(
        K1: 1.2,
        B: 0.5,
        ExampleWeight: 0.4,
        KeywordWeight: 0.2,
        KeywordSaturation: 0.6,
        VocabularyWeight: 0.4,
        SalientExamples: 3,
        ExampleCoverageShare: 0.3,
        UnknownWordFactor: 0.4,
        NumberFactor: 0.3,
        BigramFactor: 0.5,
        EvidencePrior: 0.25);
}
