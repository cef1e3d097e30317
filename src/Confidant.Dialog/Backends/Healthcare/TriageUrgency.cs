namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>How soon the customer needs care.</summary>
public enum TriageUrgency
{
    /// <summary>Now: call emergency services. The bot says so at once and offers no booking.</summary>
    Emergency,

    /// <summary>Within a day or two.</summary>
    Urgent,

    /// <summary>A routine appointment.</summary>
    Routine,
}
