using System.Collections.Frozen;

namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>The specialties a triage result routes to and slots are searched for.</summary>
public static class Specialties
{
    /// <summary>The emergency department: not bookable, the customer is told to call emergency services.</summary>
    public const string EmergencyMedicine = "emergency-medicine";

    /// <summary>The heart.</summary>
    public const string Cardiology = "cardiology";

    /// <summary>The brain and nerves.</summary>
    public const string Neurology = "neurology";

    /// <summary>The skin.</summary>
    public const string Dermatology = "dermatology";

    /// <summary>A family doctor.</summary>
    public const string GeneralPractice = "general-practice";

    /// <summary>Mental health.</summary>
    public const string MentalHealth = "mental-health";

    /// <summary>Every specialty.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal,
        [EmergencyMedicine, Cardiology, Neurology, Dermatology, GeneralPractice, MentalHealth]);
}
