namespace Confidant.Dialog.Backends.Retail;

/// <summary>Where an order is.</summary>
public enum OrderState
{
    /// <summary>Paid and waiting to be sent.</summary>
    Placed,

    /// <summary>On its way.</summary>
    Dispatched,

    /// <summary>Delivered.</summary>
    Delivered,

    /// <summary>A return was started.</summary>
    ReturnStarted,

    /// <summary>Cancelled.</summary>
    Cancelled,
}
