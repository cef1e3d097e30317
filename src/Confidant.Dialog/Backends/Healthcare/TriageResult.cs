namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>Where a triage sends the customer.</summary>
/// <param name="Urgency">How soon.</param>
/// <param name="Specialty">Which specialty (<see cref="Specialties"/>).</param>
/// <param name="RuleId">The backend's id of the rule that decided, if it has one (for the record).</param>
public sealed record TriageResult(TriageUrgency Urgency, string Specialty, string? RuleId = null)
{
    /// <summary>Shows nothing: a triage result is health data.</summary>
    public override string ToString() => "TriageResult { }";
}
