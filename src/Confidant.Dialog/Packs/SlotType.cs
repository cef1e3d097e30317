namespace Confidant.Dialog.Packs;

/// <summary>What a slot holds, and so how it is read from a message and checked.</summary>
public enum SlotType
{
    /// <summary>An amount of money: 250, 250.00, £250, 1,250.50.</summary>
    Money,

    /// <summary>A whole number in a range (<see cref="SlotDefinition.Min"/>..<see cref="SlotDefinition.Max"/>).</summary>
    Number,

    /// <summary>One of <see cref="SlotDefinition.Values"/>, matched with typo tolerance.</summary>
    Choice,

    /// <summary>A shop's item number: 4 to 10 digits, optionally after '#'.</summary>
    ItemNumber,

    /// <summary>An order id such as ORD-1234 or 1234-5678.</summary>
    OrderNumber,

    /// <summary>The last four digits of a card.</summary>
    CardLastFour,

    /// <summary>A UK or US postcode (the minimum an address change needs).</summary>
    Postcode,

    /// <summary>A duration in days: "3 days", "since yesterday", "a week", "two weeks".</summary>
    Duration,

    /// <summary>A payee: the rest of "to …", a word or a pseudonym placeholder.</summary>
    Payee,

    /// <summary>A short free text (a product search); values found by detection are kept only as placeholders.</summary>
    Text,

    /// <summary>Values of the slot's data class as detection found them (symptoms): kept as vault tokens, never text.</summary>
    Detected,

    /// <summary>A restricted value taken only through the secure input (a card), kept as a vault token and its last digits.</summary>
    SecureCapture,
}
