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

    [Fact]
    public void Printing_the_details_or_a_request_holding_them_shows_neither_amount_nor_payee()
    {
        var payment = new PaymentDetails(987.65m, "GBP", "Canary Payee 7731");
        foreach (var printed in new[] { payment.ToString(), new StepUpRequest("transfer", RiskLevel.High, payment).ToString() })
        {
            Assert.DoesNotContain("987", printed, StringComparison.Ordinal);
            Assert.DoesNotContain("Canary", printed, StringComparison.Ordinal);
        }
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

    [Fact]
    public void A_full_width_payee_confirms_the_same_payment_as_its_ascii_twin_and_a_broken_one_is_refused()
    {
        // NFKC folds full-width letters; the runtime's own Normalize would not under invariant globalization.
        Assert.Equal(new PaymentDetails(5m, "GBP", "Landlord").Hash(), new PaymentDetails(5m, "GBP", "\uFF2C\uFF41\uFF4E\uFF44\uFF4C\uFF4F\uFF52\uFF44").Hash());
        Assert.NotNull(new PaymentDetails(5m, "GBP", "Land\uD800lord").Problem());
    }

    [Fact]
    public void A_shortened_summary_cuts_the_payee_only()
    {
        var company = new PaymentDetails(1234.5m, "gbp", "  The Very Long Name Of A Payee Limited Company  ");
        Assert.Equal("1234.50 GBP to The Very Long Name Of A Payee…", company.Summary(30));
        Assert.Equal("5.00 GBP to Mum", new PaymentDetails(5m, "GBP", "  Mum ").Summary(30));
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
