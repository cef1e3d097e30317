namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>
/// The clinic's systems as the triage bot uses them. The backend receives coarse symptom codes, a
/// duration and vault tokens (<see cref="TriageRequest"/>), never the customer's words or history.
/// </summary>
/// <remarks>
/// Implementations: <see cref="DemoHealthcareBackend"/> (in-process demo rules and slots) and
/// <see cref="HttpHealthcareBackend"/> (a signed HTTPS connector). A failure of the backend is a
/// <see cref="BackendException"/>; a bad argument is an <see cref="ArgumentException"/>.
/// </remarks>
public interface IHealthcareBackend
{
    /// <summary>Triages the symptoms: how urgent, and which specialty.</summary>
    Task<TriageResult> TriageAsync(CustomerRef customer, TriageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Free slots of <paramref name="specialty"/> from <paramref name="from"/> on, soonest first.</summary>
    Task<IReadOnlyList<AppointmentSlot>> FindSlotsAsync(string specialty, DateTimeOffset from, CancellationToken cancellationToken = default);

    /// <summary>Books the slot for the customer; the reference is the booking's. A slot someone else holds is <see cref="ChangeOutcome.Refused"/>.</summary>
    Task<ChangeResult> BookAsync(CustomerRef customer, string slotId, CancellationToken cancellationToken = default);
}
