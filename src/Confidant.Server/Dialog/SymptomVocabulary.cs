using Confidant.Dialog.Backends.Healthcare;

namespace Confidant.Server.Dialog;

/// <summary>
/// Maps the words of a symptom detection found (read here, in the server's pipeline, where the raw
/// text lives) to a code of the triage vocabulary, so the bot and its backend get "rash", never
/// the customer's words. Unknown words get no code.
/// </summary>
internal static class SymptomVocabulary
{
    private static readonly (string Code, string[] Words)[] Codes =
    [
        (SymptomCodes.ChestPain, ["chest pain", "chest pains", "chest tightness", "tight chest", "pain in my chest", "chest hurts"]),
        (SymptomCodes.ShortnessOfBreath, ["shortness of breath", "short of breath", "breathless", "can't breathe", "cannot breathe", "difficulty breathing", "trouble breathing"]),
        (SymptomCodes.FaceDrooping, ["face drooping", "drooping face", "facial droop"]),
        (SymptomCodes.SlurredSpeech, ["slurred speech", "slurring"]),
        (SymptomCodes.ArmWeakness, ["arm weakness", "weak arm", "numb arm"]),
        (SymptomCodes.SevereBleeding, ["severe bleeding", "heavy bleeding", "bleeding heavily", "won't stop bleeding"]),
        (SymptomCodes.LossOfConsciousness, ["fainted", "passed out", "unconscious", "blackout", "loss of consciousness"]),
        (SymptomCodes.SuicidalThoughts, ["suicidal", "want to die", "kill myself", "end my life"]),
        (SymptomCodes.Palpitations, ["palpitations", "racing heart", "heart racing", "heart pounding"]),
        (SymptomCodes.Rash, ["rash", "hives", "itchy skin", "spots"]),
        (SymptomCodes.Fever, ["fever", "high temperature", "temperature", "feverish", "chills"]),
        (SymptomCodes.Cough, ["cough", "coughing"]),
        (SymptomCodes.SoreThroat, ["sore throat", "throat hurts"]),
        (SymptomCodes.EarPain, ["ear pain", "earache", "ear ache"]),
        (SymptomCodes.Headache, ["headache", "migraine", "head hurts"]),
        (SymptomCodes.AbdominalPain, ["stomach ache", "stomachache", "abdominal pain", "tummy ache", "stomach pain", "belly pain"]),
        (SymptomCodes.Vomiting, ["vomiting", "throwing up", "being sick", "nausea"]),
        (SymptomCodes.BackPain, ["back pain", "backache", "back ache"]),
        (SymptomCodes.JointPain, ["joint pain", "sore joints", "knee pain"]),
        (SymptomCodes.Dizziness, ["dizzy", "dizziness", "lightheaded", "light-headed", "vertigo"]),
        (SymptomCodes.Anxiety, ["anxiety", "anxious", "panic attack", "panic attacks"]),
        (SymptomCodes.LowMood, ["depressed", "depression", "low mood", "feeling down"]),
    ];

    /// <summary>The code for a symptom's words, or null.</summary>
    public static string? Code(ReadOnlySpan<char> words)
    {
        foreach (var (code, phrases) in Codes)
        {
            foreach (var phrase in phrases)
            {
                if (words.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return code;
                }
            }
        }

        return null;
    }
}
