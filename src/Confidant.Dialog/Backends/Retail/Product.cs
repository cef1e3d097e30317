namespace Confidant.Dialog.Backends.Retail;

/// <summary>A product in the catalogue.</summary>
/// <param name="ItemNumber">The item number (<c>389501</c>).</param>
/// <param name="Name">The product's name.</param>
/// <param name="Price">The unit price.</param>
/// <param name="Currency">The ISO 4217 currency code.</param>
public sealed record Product(string ItemNumber, string Name, decimal Price, string Currency)
{
    /// <summary>Shows the item number (an id).</summary>
    public override string ToString() => $"Product {{ ItemNumber = {ItemNumber} }}";
}
