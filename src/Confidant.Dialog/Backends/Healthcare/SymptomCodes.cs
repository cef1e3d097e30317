using System.Collections.Frozen;

namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>
/// The fixed, coarse vocabulary of symptoms a triage backend receives. The dialog engine maps what the
/// customer said onto these codes; the customer's own words stay in the vault (as the tokens of
/// <see cref="TriageRequest.SymptomTokens"/>) and never reach a backend.
/// </summary>
public static class SymptomCodes
{
    /// <summary>Chest pain or pressure.</summary>
    public const string ChestPain = "chest-pain";

    /// <summary>Shortness of breath, difficulty breathing.</summary>
    public const string ShortnessOfBreath = "shortness-of-breath";

    /// <summary>A stroke sign: one side of the face drooping.</summary>
    public const string FaceDrooping = "face-drooping";

    /// <summary>A stroke sign: slurred or muddled speech.</summary>
    public const string SlurredSpeech = "slurred-speech";

    /// <summary>A stroke sign: weakness or numbness in one arm.</summary>
    public const string ArmWeakness = "arm-weakness";

    /// <summary>Bleeding that will not stop.</summary>
    public const string SevereBleeding = "severe-bleeding";

    /// <summary>Fainting, passing out, unresponsive.</summary>
    public const string LossOfConsciousness = "loss-of-consciousness";

    /// <summary>Thoughts of suicide or self-harm.</summary>
    public const string SuicidalThoughts = "suicidal-thoughts";

    /// <summary>A racing, pounding or irregular heartbeat.</summary>
    public const string Palpitations = "palpitations";

    /// <summary>A rash.</summary>
    public const string Rash = "rash";

    /// <summary>A fever, a high temperature.</summary>
    public const string Fever = "fever";

    /// <summary>A cough.</summary>
    public const string Cough = "cough";

    /// <summary>A sore throat.</summary>
    public const string SoreThroat = "sore-throat";

    /// <summary>Ear pain.</summary>
    public const string EarPain = "ear-pain";

    /// <summary>A headache.</summary>
    public const string Headache = "headache";

    /// <summary>Pain in the belly.</summary>
    public const string AbdominalPain = "abdominal-pain";

    /// <summary>Vomiting or diarrhoea.</summary>
    public const string Vomiting = "vomiting";

    /// <summary>Back pain.</summary>
    public const string BackPain = "back-pain";

    /// <summary>Joint pain.</summary>
    public const string JointPain = "joint-pain";

    /// <summary>Feeling dizzy.</summary>
    public const string Dizziness = "dizziness";

    /// <summary>Feeling anxious.</summary>
    public const string Anxiety = "anxiety";

    /// <summary>Feeling low.</summary>
    public const string LowMood = "low-mood";

    /// <summary>Every code of the vocabulary.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal,
    [
        ChestPain, ShortnessOfBreath, FaceDrooping, SlurredSpeech, ArmWeakness, SevereBleeding,
        LossOfConsciousness, SuicidalThoughts, Palpitations, Rash, Fever, Cough, SoreThroat, EarPain,
        Headache, AbdominalPain, Vomiting, BackPain, JointPain, Dizziness, Anxiety, LowMood,
    ]);
}
