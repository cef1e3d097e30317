namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>A free appointment.</summary>
/// <param name="SlotId">The backend's id of the slot, used to book it.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="Specialty">The specialty.</param>
/// <param name="ClinicianDisplayName">The clinician, as patients are told (<c>Dr Adams</c>).</param>
public sealed record AppointmentSlot(string SlotId, DateTimeOffset StartsAt, string Specialty, string ClinicianDisplayName)
{
    /// <summary>Shows the slot id only.</summary>
    public override string ToString() => $"AppointmentSlot {{ SlotId = {SlotId} }}";
}
