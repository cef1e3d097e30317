using Confidant.Identity.StepUp;

namespace Confidant.Identity.Tests.StepUp;

/// <summary>The transaction a payment confirmation is bound to.</summary>
public sealed class PaymentDetailsTests
{
    [Fact]
    public void The_same_payment_written_differently_has_the_same_hash()
    {
        var a = new PaymentDetails(250m, "GBP", "Landlord Ltd");
        var b = new PaymentDetails(250.00m, " gbp ", "landlord   ltd");
        Assert.Equal(a.Hash(), b.Hash());
        Assert.Equal("250.00 GBP to Landlord Ltd", a.Summary());
    }

    [Theory]
    [InlineData(250.01, "GBP", "Landlord Ltd")]
    [InlineData(2500, "GBP", "Landlord Ltd")]
    [InlineData(250, "EUR", "Landlord Ltd")]
    [InlineData(250, "GBP", "Landlord Ltd.")]
    [InlineData(250, "GBP", "Mallory")]
    public void Any_other_amount_currency_or_payee_has_another_hash(double amount, string currency, string payee)
    {
        var original = new PaymentDetails(250m, "GBP", "Landlord Ltd");
        Assert.NotEqual(original.Hash(), new PaymentDetails((decimal)amount, currency, payee).Hash());
    }

    [Fact]
    public void A_payee_cannot_smuggle_a_line_break_into_another_field()
    {
        // "GBP\nX" as currency is refused; a payee with a line break is folded to spaces.
        Assert.NotNull(new PaymentDetails(1m, "GB\n", "x").Problem());
        Assert.Equal(4, new PaymentDetails(1m, "GBP", "a\nb").Canonical().Split('\n').Length);
    }

    [Theory]
    [InlineData(0, "GBP", "x")]
    [InlineData(-1, "GBP", "x")]
    [InlineData(1, "GBPX", "x")]
    [InlineData(1, "12A", "x")]
    [InlineData(1, "GBP", " ")]
    public void Impossible_payments_are_refused_with_a_reason(double amount, string currency, string payee) =>
        Assert.NotNull(new PaymentDetails((decimal)amount, currency, payee).Problem());
}
