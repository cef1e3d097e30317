using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Retail;
using static Confidant.Dialog.Tests.Backends.BackendTestData;

namespace Confidant.Dialog.Tests.Backends;

public sealed class BackendRecordsTests
{
    public static TheoryData<object, string[]> EveryRecordWithValues()
    {
        // Each record with distinctive values that are not ids; ToString must show none of them.
        var symptomToken = Token("symptom");
        return new()
        {
            { new BankAccount("Canary Current", "•••• 9876", 4321.09m, "GBP"), ["Canary", "9876", "4321"] },
            { new BankTransaction(new DateOnly(2026, 1, 2), "Canary Grocer", -12.34m, "GBP"), ["Canary", "12.34", "2026"] },
            { new TransferInstruction(987.65m, "GBP", "Canary Landlord", "transfer-key-0001"), ["987", "Canary"] },
            { new TransferConfirmation(TransferOutcome.Completed, "TRF-1", "987.65 GBP sent to Canary Landlord"), ["987", "Canary"] },
            { new Product("389501", "Canary Headphones", 59.99m, "GBP"), ["Canary", "59.99"] },
            { new Order("ORD-1", "389501", 3, 179.97m, "GBP", "•••• 4242", OrderState.Placed), ["179.97", "4242"] },
            { new TriageRequest([SymptomCodes.ChestPain], 3, [symptomToken]), ["chest", symptomToken] },
            { new TriageResult(TriageUrgency.Emergency, Specialties.Cardiology, "chest-pain"), ["Emergency", "cardiology", "chest"] },
            { new AppointmentSlot("SLOT-1", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), Specialties.Dermatology, "Dr Canary"), ["Canary", "dermatology", "2026"] },
            { Card("4242"), ["4242"] },
            { new ChangeResult(ChangeOutcome.Done, "REF-1"), ["Canary"] },
        };
    }

    [Theory]
    [MemberData(nameof(EveryRecordWithValues))]
    public void ToString_ShowsIdsOnly(object record, string[] values)
    {
        var text = record.ToString()!;

        Assert.All(values, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith(record.GetType().Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShowsTheIds()
    {
        Assert.Contains("transfer-key-0001", new TransferInstruction(1m, "GBP", "x", "transfer-key-0001").ToString(), StringComparison.Ordinal);
        Assert.Contains("ORD-1", new Order("ORD-1", "389501", 1, 1m, "GBP", "•••• 4242", OrderState.Placed).ToString(), StringComparison.Ordinal);
        Assert.Contains("SLOT-1", new AppointmentSlot("SLOT-1", default, "x", "y").ToString(), StringComparison.Ordinal);
        Assert.Equal(Alice.Value, Alice.ToString());
    }

    [Theory]
    [InlineData("alice@example.org")]
    [InlineData("12345678901234567890")] // an account or card number
    [InlineData("short")]
    [InlineData("has spaces in the middle")]
    [InlineData("")]
    public void CustomerRef_RefusesAnythingButAnOpaquePseudonym(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CustomerRef(value));

        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CardToken_RefusesACardNumberWhereTheTokenGoes_WithoutRepeatingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CardToken("4111111111111111", "1111"));

        Assert.Equal("Token", ex.ParamName);
        Assert.DoesNotContain("4111", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CardToken(Token("card_number"), "11111"));
        Assert.Equal("•••• 1111", Card("1111").Masked());
    }

    [Fact]
    public void TriageRequest_RefusesFreeTextAsACodeOrAToken()
    {
        var words = "chest pain since I started metformin";

        var asCode = Assert.Throws<ArgumentException>(() => new TriageRequest([words], 1, []));
        var asToken = Assert.Throws<ArgumentException>(() => new TriageRequest([SymptomCodes.ChestPain], 1, [words]));

        Assert.DoesNotContain("metformin", asCode.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("metformin", asToken.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new TriageRequest([], 1, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TriageRequest([SymptomCodes.Rash], -1, []));
    }

    [Theory]
    [InlineData(0, "GBP", "landlord", "transfer-key-0001")]
    [InlineData(1.001, "GBP", "landlord", "transfer-key-0001")]
    [InlineData(10, "gbp", "landlord", "transfer-key-0001")]
    [InlineData(10, "GBP", " ", "transfer-key-0001")]
    [InlineData(10, "GBP", "landlord", "short")]
    [InlineData(10, "GBP", "landlord", "has a space 0001")]
    public void TransferInstruction_RefusesBadValues(double amount, string currency, string payee, string key)
    {
        Assert.ThrowsAny<ArgumentException>(() => new TransferInstruction((decimal)amount, currency, payee, key));
    }

    [Theory]
    [InlineData("1234 5678 9012 3456")]
    [InlineData("12345678")]
    [InlineData("**** 1234")]
    public void BankAccount_RefusesAnUnmaskedNumber(string number)
    {
        Assert.Throws<ArgumentException>(() => new BankAccount("Current", number, 1m, "GBP"));
    }
}
