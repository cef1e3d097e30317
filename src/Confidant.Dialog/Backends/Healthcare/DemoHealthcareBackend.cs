using System.Globalization;

namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>
/// DEMO ONLY, NOT MEDICAL ADVICE: an in-process clinic for the demo bot and for tests. Triage follows
/// <see cref="DemoTriageRules"/> and keeps nothing (no record of symptoms or tokens). Slots are on a
/// fixed grid (weekdays 09:00, 10:30, 14:00 and 15:30 UTC), two in three free, chosen with SHA-256 of
/// the slot id (<see cref="DemoSeed"/>) and so the same on every run; every clinician is a "Dr Demo".
/// Bookings live in memory for the life of the instance and are thread-safe.
/// </summary>
internal sealed class DemoHealthcareBackend(TimeProvider time) : IHealthcareBackend
{
    private const int MaxSlots = 8;
    private const int DaysAhead = 14;
    private const string SlotPrefix = "DEMO-";
    private const string SlotTimeFormat = "yyyyMMddHHmm";

    private static readonly TimeSpan[] Grid = [new(9, 0, 0), new(10, 30, 0), new(14, 0, 0), new(15, 30, 0)];

    private static readonly string[] Clinicians = ["Dr Demo Adams", "Dr Demo Okafor", "Dr Demo Lindqvist", "Dr Demo Moreau", "Dr Demo Patel"];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (CustomerRef Customer, string Reference)> _bookings = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<TriageResult> TriageAsync(CustomerRef customer, TriageRequest request, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(DemoTriageRules.Evaluate(request));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AppointmentSlot>> FindSlotsAsync(string specialty, DateTimeOffset from, CancellationToken cancellationToken = default)
    {
        BackendArguments.Word(specialty, nameof(specialty));
        cancellationToken.ThrowIfCancellationRequested();
        var slots = new List<AppointmentSlot>(MaxSlots);
        if (!IsBookable(specialty))
        {
            return Task.FromResult<IReadOnlyList<AppointmentSlot>>(slots);
        }

        var now = time.GetUtcNow();
        var start = (from > now ? from : now).ToUniversalTime();
        lock (_lock)
        {
            for (var day = 0; day <= DaysAhead && slots.Count < MaxSlots; day++)
            {
                var date = start.UtcDateTime.Date.AddDays(day);
                foreach (var offset in Grid)
                {
                    var startsAt = new DateTimeOffset(date + offset, TimeSpan.Zero);
                    var slotId = SlotId(specialty, startsAt);
                    if (startsAt >= start && IsOnOffer(startsAt, slotId) && !_bookings.ContainsKey(slotId) && slots.Count < MaxSlots)
                    {
                        slots.Add(new AppointmentSlot(slotId, startsAt, specialty, Clinician(slotId)));
                    }
                }
            }
        }

        return Task.FromResult<IReadOnlyList<AppointmentSlot>>(slots);
    }

    /// <inheritdoc />
    public Task<ChangeResult> BookAsync(CustomerRef customer, string slotId, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(slotId, nameof(slotId));
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryParseSlot(slotId, out var startsAt) || startsAt < time.GetUtcNow())
        {
            return Task.FromResult(new ChangeResult(ChangeOutcome.NotFound));
        }

        lock (_lock)
        {
            if (_bookings.TryGetValue(slotId, out var booking))
            {
                return Task.FromResult(booking.Customer == customer
                    ? new ChangeResult(ChangeOutcome.Unchanged, booking.Reference)
                    : new ChangeResult(ChangeOutcome.Refused));
            }

            var reference = DemoSeed.Reference("BKG", "healthcare-booking", $"{customer.Value}\n{slotId}");
            _bookings.Add(slotId, (customer, reference));
            return Task.FromResult(new ChangeResult(ChangeOutcome.Done, reference));
        }
    }

    private static bool IsBookable(string specialty) =>
        Specialties.All.Contains(specialty) && specialty != Specialties.EmergencyMedicine;

    private static string SlotId(string specialty, DateTimeOffset startsAt) =>
        $"{SlotPrefix}{specialty}-{startsAt.UtcDateTime.ToString(SlotTimeFormat, CultureInfo.InvariantCulture)}";

    private static bool IsOnOffer(DateTimeOffset startsAt, string slotId) =>
        startsAt.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && Grid.Contains(startsAt.TimeOfDay)
        && new DemoSeed("healthcare-slot", slotId).Next(0, 0, 3) != 0;

    private static string Clinician(string slotId) =>
        Clinicians[new DemoSeed("healthcare-clinician", slotId).Next(0, 0, Clinicians.Length)];

    /// <summary>A slot id this demo could have offered: <c>DEMO-&lt;specialty&gt;-&lt;yyyyMMddHHmm&gt;</c> on the grid.</summary>
    private static bool TryParseSlot(string slotId, out DateTimeOffset startsAt)
    {
        startsAt = default;
        var dash = slotId.LastIndexOf('-');
        if (!slotId.StartsWith(SlotPrefix, StringComparison.Ordinal) || dash <= SlotPrefix.Length)
        {
            return false;
        }

        var specialty = slotId[SlotPrefix.Length..dash];
        if (!IsBookable(specialty)
            || !DateTime.TryParseExact(slotId[(dash + 1)..], SlotTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return false;
        }

        startsAt = new DateTimeOffset(utc, TimeSpan.Zero);
        return IsOnOffer(startsAt, slotId);
    }
}
