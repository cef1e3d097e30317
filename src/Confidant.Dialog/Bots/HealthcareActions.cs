using System.Globalization;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Engine;
using static Confidant.Dialog.Bots.ActionResults;

namespace Confidant.Dialog.Bots;

/// <summary>
/// The triage bot's actions. Symptoms reach the backend only as codes of a fixed vocabulary and
/// vault tokens. The red-flag check answers at once, before anything else is asked.
/// </summary>
public static class HealthcareActions
{
    /// <summary>What the bot says for a red-flag symptom.</summary>
    public const string Emergency = "What you describe can be an emergency. Call 999 (or 911 in the US) now, or go to the nearest emergency department. Don't wait for an appointment.";

    /// <summary>
    /// Symptoms that mean "call emergency services now" whatever else is said and however long
    /// they have lasted: the bot's own safety rule, checked before it asks anything more and
    /// whatever backend is connected.
    /// </summary>
    public static IReadOnlySet<string> RedFlags { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        SymptomCodes.ChestPain, SymptomCodes.ShortnessOfBreath, SymptomCodes.FaceDrooping, SymptomCodes.SlurredSpeech,
        SymptomCodes.ArmWeakness, SymptomCodes.SevereBleeding, SymptomCodes.LossOfConsciousness, SymptomCodes.SuicidalThoughts,
    };

    /// <summary>Every healthcare action.</summary>
    public static IEnumerable<IBotAction> All(IHealthcareBackend clinic, TimeProvider time) =>
    [
        new BotAction("healthcare.red-flags", (r, ct) =>
            Task.FromResult(Codes(r).Any(RedFlags.Contains) ? Say(Emergency) : ActionOutcome.Continue)),
        new BotAction("healthcare.triage", async (r, ct) =>
        {
            var codes = Codes(r);
            if (codes.Count == 0)
            {
                return Say("I couldn't match those symptoms to a kind of appointment. A nurse can help: ask for a person.");
            }

            var days = int.TryParse(Slot(r, "duration"), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
            var customer = Customer(r) ?? new CustomerRef("anonymous-triage-visitor");
            var result = await clinic.TriageAsync(customer, new TriageRequest(codes, days, r.Slots.TryGetValue("symptoms", out var s) ? s.Tokens : []), ct).ConfigureAwait(false);
            if (result.Urgency == TriageUrgency.Emergency)
            {
                return Say(Emergency);
            }

            var slots = await clinic.FindSlotsAsync(result.Specialty, time.GetUtcNow(), ct).ConfigureAwait(false);
            var slot = slots.Count > 0 ? slots[0] : null;
            var when = slot is null ? null : $"{slot.StartsAt.ToString("dddd d MMMM HH:mm", CultureInfo.InvariantCulture)} with {slot.ClinicianDisplayName}";
            string booking;
            if (slot is null)
            {
                booking = "There is no free slot yet; we'll call you to arrange one.";
            }
            else if (r.Context.SignedIn && Customer(r) is { } patient)
            {
                // The right kind of doctor, booked at once for a signed-in patient.
                var booked = await clinic.BookAsync(patient, slot.SlotId, ct).ConfigureAwait(false);
                booking = booked.Outcome is ChangeOutcome.Done or ChangeOutcome.Unchanged
                    ? $"I've booked you in: {when} (reference {booked.Reference})."
                    : $"The next free slot is {when}, but I couldn't book it; a nurse will call you.";
            }
            else
            {
                booking = $"The next free slot is {when}. Sign in (the link at the top) and tell me your symptoms again, and I'll book it for you.";
            }

            return Results(
                ("specialty", result.Specialty.Replace('-', ' ')),
                ("urgency", result.Urgency == TriageUrgency.Urgent ? "within a day or two" : "routine"),
                ("booking", booking));
        }),
        BotAction.ForCustomer("healthcare.book", async (r, customer, ct) =>
        {
            var slots = await clinic.FindSlotsAsync(Specialties.GeneralPractice, time.GetUtcNow(), ct).ConfigureAwait(false);
            var slot = slots.Count > 0 ? slots[0] : null;
            if (slot is null)
            {
                return Say("There are no free slots right now; we'll call you.");
            }

            var booked = await clinic.BookAsync(customer, slot.SlotId, ct).ConfigureAwait(false);
            return Results(("booking", $"Booked: {slot.StartsAt.ToString("dddd d MMMM HH:mm", CultureInfo.InvariantCulture)} with {slot.ClinicianDisplayName} (reference {booked.Reference})."));
        }),
    ];

    private static List<string> Codes(ActionRequest request) =>
        request.Slots.TryGetValue("symptoms", out var symptoms) ? [.. symptoms.Codes.Where(SymptomCodes.All.Contains)] : [];
}
