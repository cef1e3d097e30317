using static Confidant.Dialog.Backends.Healthcare.SymptomCodes;

namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>
/// DEMO ONLY, NOT MEDICAL ADVICE: the triage rules of the demo clinic, in order; the first that
/// matches decides. Emergencies come first, so that chest pain with a rash is still an emergency.
/// </summary>
internal static class DemoTriageRules
{
    private static readonly (string RuleId, Func<TriageRequest, bool> Matches, TriageUrgency Urgency, string Specialty)[] Rules =
    [
        ("stroke-signs", r => HasAny(r, FaceDrooping, SlurredSpeech, ArmWeakness), TriageUrgency.Emergency, Specialties.Neurology),
        ("chest-pain", r => HasAny(r, ChestPain), TriageUrgency.Emergency, Specialties.Cardiology),
        ("breathing", r => HasAny(r, ShortnessOfBreath), TriageUrgency.Emergency, Specialties.EmergencyMedicine),
        ("severe-bleeding", r => HasAny(r, SevereBleeding), TriageUrgency.Emergency, Specialties.EmergencyMedicine),
        ("unconscious", r => HasAny(r, LossOfConsciousness), TriageUrgency.Emergency, Specialties.EmergencyMedicine),
        ("suicidal-thoughts", r => HasAny(r, SuicidalThoughts), TriageUrgency.Emergency, Specialties.MentalHealth),
        ("rash-with-fever", r => HasAny(r, Rash) && HasAny(r, Fever), TriageUrgency.Urgent, Specialties.GeneralPractice),
        ("palpitations", r => HasAny(r, Palpitations), TriageUrgency.Urgent, Specialties.Cardiology),
        ("prolonged-fever", r => HasAny(r, Fever) && r.DurationDays > 3, TriageUrgency.Urgent, Specialties.GeneralPractice),
        ("prolonged-cough", r => HasAny(r, Cough) && r.DurationDays > 21, TriageUrgency.Urgent, Specialties.GeneralPractice),
        ("rash", r => HasAny(r, Rash), TriageUrgency.Routine, Specialties.Dermatology),
        ("mood", r => HasAny(r, Anxiety, LowMood), TriageUrgency.Routine, Specialties.MentalHealth),
    ];

    /// <summary>The result of the first rule that matches, or routine general practice.</summary>
    public static TriageResult Evaluate(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (ruleId, matches, urgency, specialty) in Rules)
        {
            if (matches(request))
            {
                return new TriageResult(urgency, specialty, ruleId);
            }
        }

        return new TriageResult(TriageUrgency.Routine, Specialties.GeneralPractice, "general");
    }

    private static bool HasAny(TriageRequest request, params ReadOnlySpan<string> codes)
    {
        foreach (var code in codes)
        {
            if (request.SymptomCodes.Contains(code, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
