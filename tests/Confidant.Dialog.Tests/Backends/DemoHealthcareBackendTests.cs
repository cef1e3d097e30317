using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Healthcare;
using Microsoft.Extensions.Time.Testing;
using static Confidant.Dialog.Backends.Healthcare.SymptomCodes;
using static Confidant.Dialog.Tests.Backends.BackendTestData;

namespace Confidant.Dialog.Tests.Backends;

public sealed class DemoHealthcareBackendTests
{
    private static DemoHealthcareBackend NewClinic() => new(new FakeTimeProvider(Monday));

    [Theory]
    [InlineData(new[] { ChestPain }, 0, TriageUrgency.Emergency, Specialties.Cardiology)]
    [InlineData(new[] { ChestPain, ShortnessOfBreath }, 1, TriageUrgency.Emergency, Specialties.Cardiology)]
    [InlineData(new[] { ShortnessOfBreath }, 1, TriageUrgency.Emergency, Specialties.EmergencyMedicine)]
    [InlineData(new[] { FaceDrooping }, 0, TriageUrgency.Emergency, Specialties.Neurology)]
    [InlineData(new[] { SlurredSpeech, Headache }, 0, TriageUrgency.Emergency, Specialties.Neurology)]
    [InlineData(new[] { SevereBleeding }, 0, TriageUrgency.Emergency, Specialties.EmergencyMedicine)]
    [InlineData(new[] { SuicidalThoughts }, 10, TriageUrgency.Emergency, Specialties.MentalHealth)]
    [InlineData(new[] { Rash, ChestPain }, 3, TriageUrgency.Emergency, Specialties.Cardiology)]
    [InlineData(new[] { Rash }, 3, TriageUrgency.Routine, Specialties.Dermatology)]
    [InlineData(new[] { Rash, Fever }, 1, TriageUrgency.Urgent, Specialties.GeneralPractice)]
    [InlineData(new[] { Fever }, 5, TriageUrgency.Urgent, Specialties.GeneralPractice)]
    [InlineData(new[] { Fever }, 2, TriageUrgency.Routine, Specialties.GeneralPractice)]
    [InlineData(new[] { LowMood }, 30, TriageUrgency.Routine, Specialties.MentalHealth)]
    [InlineData(new[] { Headache }, 1, TriageUrgency.Routine, Specialties.GeneralPractice)]
    public async Task Triage_FollowsTheDemoRules(string[] codes, int days, TriageUrgency urgency, string specialty)
    {
        var result = await NewClinic().TriageAsync(Alice, new TriageRequest(codes, days, [Token("symptom")]));

        Assert.Equal(urgency, result.Urgency);
        Assert.Equal(specialty, result.Specialty);
    }

    [Fact]
    public async Task Emergencies_HaveNoBookableSlots()
    {
        Assert.Empty(await NewClinic().FindSlotsAsync(Specialties.EmergencyMedicine, Monday));
    }

    [Fact]
    public async Task Slots_AreWeekdaysFromNow_SoonestFirst_AndTheSameOnEveryRun()
    {
        var slots = await NewClinic().FindSlotsAsync(Specialties.Dermatology, Monday.AddDays(-30));
        var again = await NewClinic().FindSlotsAsync(Specialties.Dermatology, Monday.AddDays(-30));

        Assert.NotEmpty(slots);
        Assert.Equal(slots, again);
        Assert.All(slots, s =>
        {
            Assert.True(s.StartsAt >= Monday);
            Assert.DoesNotContain(s.StartsAt.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
            Assert.Equal(Specialties.Dermatology, s.Specialty);
            Assert.StartsWith("Dr Demo ", s.ClinicianDisplayName, StringComparison.Ordinal);
        });
        Assert.Equal(slots.OrderBy(s => s.StartsAt), slots);
    }

    [Fact]
    public async Task Book_TheFirstCustomerGetsTheSlot_TheSecondIsRefused()
    {
        var clinic = NewClinic();
        var slot = (await clinic.FindSlotsAsync(Specialties.Dermatology, Monday))[0];

        var booked = await clinic.BookAsync(Alice, slot.SlotId);
        var again = await clinic.BookAsync(Alice, slot.SlotId);
        var other = await clinic.BookAsync(Bob, slot.SlotId);

        Assert.Equal(ChangeOutcome.Done, booked.Outcome);
        Assert.StartsWith("DEMO-BKG-", booked.Reference, StringComparison.Ordinal);
        Assert.Equal(new ChangeResult(ChangeOutcome.Unchanged, booked.Reference), again);
        Assert.Equal(ChangeOutcome.Refused, other.Outcome);
        Assert.DoesNotContain(await clinic.FindSlotsAsync(Specialties.Dermatology, Monday), s => s.SlotId == slot.SlotId);
    }

    [Theory]
    [InlineData("DEMO-dermatology-202601031000")] // a Saturday
    [InlineData("DEMO-dermatology-202601051100")] // off the grid
    [InlineData("DEMO-emergency-medicine-202601051000")]
    [InlineData("DEMO-dermatology-202512011000")] // in the past
    [InlineData("slot-1")]
    public async Task Book_ASlotTheDemoNeverOffered_IsNotFound(string slotId)
    {
        Assert.Equal(ChangeOutcome.NotFound, (await NewClinic().BookAsync(Alice, slotId)).Outcome);
    }
}
