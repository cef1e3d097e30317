namespace Confidant.Dialog.Backends.Retail;

/// <summary>An order as the bot may show it.</summary>
/// <param name="OrderId">The shop's order id.</param>
/// <param name="ItemNumber">The item ordered.</param>
/// <param name="Quantity">How many.</param>
/// <param name="Total">The amount charged.</param>
/// <param name="Currency">The ISO 4217 currency code.</param>
/// <param name="PaidWith">The card it was paid with, masked: <c>•••• 1111</c> (anything longer is refused).</param>
/// <param name="State">Where the order is.</param>
public sealed record Order(string OrderId, string ItemNumber, int Quantity, decimal Total, string Currency, string PaidWith, OrderState State)
{
    /// <summary>The masked card.</summary>
    public string PaidWith { get; } = Masking.Check(PaidWith, nameof(PaidWith));

    /// <summary>Shows the ids and the state.</summary>
    public override string ToString() => $"Order {{ OrderId = {OrderId}, ItemNumber = {ItemNumber}, State = {State} }}";
}
