namespace Confidant.Detection.Tests.Core;

/// <summary>
/// Lines an independent review wrote against the rules added for the payments and loose
/// development sets: what the first version of those rules got wrong, each with what it must give.
/// </summary>
public class ReviewRegressionTests
{
    [Theory]
    [InlineData("the sms says 2500 was debited from my account", "ONE_TIME_CODE")]
    [InlineData("the code says 2024 on the receipt", "ONE_TIME_CODE")]
    [InlineData("votre dossier confidentiel numéro 4589 est prêt", "PIN")]
    [InlineData("my card 4958 7019 8316 3855, 10.25 was taken twice", "CARD_EXPIRY")]
    [InlineData("4958 7019 8316 3855; 11.29 GBP pending", "CARD_EXPIRY")]
    [InlineData("fecha venc. factura 05/26", "CARD_EXPIRY")]
    [InlineData("Mark Evans here. Mark as delivered please", "PERSON_NAME:Mark")]
    [InlineData("Hi, I'm Grace. Is there a Grace period on the card?", "PERSON_NAME:Grace period")]
    [InlineData("Summer Jones here, is the Summer sale still on?", "PERSON_NAME:Summer")]
    [InlineData("Chase Miller here, my Chase account was frozen", "PERSON_NAME:Chase")]
    [InlineData("I'm abroad at the moment, Sydney", "PERSON_NAME")]
    [InlineData("Please send it to my office, Madison", "PERSON_NAME")]
    [InlineData("Chanel", "PERSON_NAME")]
    [InlineData("Mercedes", "PERSON_NAME")]
    [InlineData("can I ask for Grace period on my loan?", "PERSON_NAME")]
    [InlineData("the parcel goes by Royal Mail, right?", "PERSON_NAME")]
    [InlineData("our agent Will contact you", "PERSON_NAME")]
    [InlineData("Mit freundlichen Grüßen Ihre Sparkasse", "PERSON_NAME")]
    [InlineData("the wool jumper is really itchy, can I return it?", "SYMPTOM")]
    [InlineData("the app is so bloated now", "SYMPTOM")]
    [InlineData("you're a sight for sore eyes", "SYMPTOM")]
    [InlineData("we have no appetite for that level of risk", "SYMPTOM")]
    [InlineData("per the TOS you can't cancel", "SYMPTOM")]
    [InlineData("I'm feeling low-key excited about the new phone", "SYMPTOM")]
    public void Scan_ReviewedLookAlike_IsNotThatClass(string text, string what)
    {
        var parts = what.Split(':');
        var values = Detectors.Values(text, parts[0]);
        if (parts.Length == 1)
        {
            Assert.Empty(values);
        }
        else
        {
            Assert.DoesNotContain(parts[1], values);
        }
    }

    [Theory]
    [InlineData("My name is Paul Smith and I want to close my account", "PERSON_NAME", "Paul Smith")]
    [InlineData("Please transfer 200 to Paul Smith", "PERSON_NAME", "Paul Smith")]
    [InlineData("Account holder: Tom Ford", "PERSON_NAME", "Tom Ford")]
    [InlineData("licence no. A1234 thanks", "DRIVER_LICENSE", "A1234")]
    [InlineData("my driver license is 88123 and it expires soon", "DRIVER_LICENSE", "88123")]
    [InlineData("update payment for my subscription, new expiry 09/27, cvv 331", "CARD_EXPIRY", "09/27")]
    [InlineData("membership renewal: exp 09/27 cvc 123", "CARD_EXPIRY", "09/27")]
    [InlineData("my subscription payment failed, new expiry date 11/27", "CARD_EXPIRY", "11/27")]
    [InlineData("plan ID BCX123456789, I need to find an in-network provider, the booking site is down", "HEALTH_PLAN_ID", "BCX123456789")]
    [InlineData("My dental surgery is scheduled for Friday", "MEDICAL_PROCEDURE", "surgery")]
    [InlineData("they suggested physio instead of the surgery", "MEDICAL_PROCEDURE", "surgery")]
    [InlineData("I'm at the surgery now, recovering from the anaesthetic", "MEDICAL_PROCEDURE", "surgery")]
    [InlineData("the OTP says 839201", "ONE_TIME_CODE", "839201")]
    [InlineData("code confidentiel 4821", "PIN", "4821")]
    public void Scan_ReviewedValue_IsFound(string text, string dataClass, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, dataClass));
}
