namespace Confidant.Dialog.Backends;

/// <summary>What a backend did with a request to change something.</summary>
public enum ChangeOutcome
{
    /// <summary>The change was made.</summary>
    Done,

    /// <summary>Nothing needed changing (the card was already frozen, the return already started); the reference, if any, is the earlier one.</summary>
    Unchanged,

    /// <summary>The thing to change does not exist for this customer (no such card, order or slot).</summary>
    NotFound,

    /// <summary>The backend refused the change (the slot is taken, the order cannot be returned).</summary>
    Refused,
}
