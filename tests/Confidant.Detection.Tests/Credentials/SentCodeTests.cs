namespace Confidant.Detection.Tests.Credentials;

public class SentCodeTests
{
    [Theory]
    [InlineData("the sms said 7 1 9 3 0 4 and then it timed out", "7 1 9 3 0 4")]
    [InlineData("3 6 0 9 2 8, that's what the text had", "3 6 0 9 2 8")]
    [InlineData("41 87 20 (from the authenticator, not the email)", "41 87 20")]
    [InlineData("my 2FA app keeps showing 111111, is that normal?", "111111")]
    [InlineData("the one you texted me is 302518, where do I enter it", "302518")]
    [InlineData("Die pushTAN kam zu spät: 58 10 93 - geht die noch?", "58 10 93")]
    [InlineData("Your code to approve the transfer of 40.00 to LEVI is 448 019. Do not share it.", "448 019")]
    [InlineData("the code sent to my phone is 583920", "583920")]                 // a phone word does not name it
    [InlineData("the SMS said **583920**", "583920")]                             // emphasis, not a password's symbol
    [InlineData("got a text saying G-640271 is your verification code", "G-640271")] // Google writes its codes after "G-"
    [InlineData("the otp you sent to my phone (330817) expired", "330817")]       // codes expire too
    [InlineData("Die mobileTAN kam erst nach 10 Minuten: 39 11 57 – ist die noch gültig?", "39 11 57")]
    public void Scan_CodeInASentenceOfCodes_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "ONE_TIME_CODE"));

    [Fact]
    public void Scan_CodesListedAfterCodeWord_AreEachFound() =>
        Assert.Equal(["604218", "917305", "22 48 61"],
            Detectors.Values("codes I was sent: 604218 at 10:02, 917305 at 10:05 and 22 48 61 at 10:20", "ONE_TIME_CODE"));

    [Theory]
    [InlineData("my promo code is fine but order 583920 never came")]               // an order number
    [InlineData("error code 500123 when I open the app")]                            // blocked code word
    [InlineData("the text says I owe 250000 points")]                                  // a count
    [InlineData("the code on my card starts 411111, text me back")]                    // a card's digits
    [InlineData("sms from 612 384 907 saying my parcel is late")]                      // a phone, not 3 + 3
    [InlineData("I got a text about invoice 730215")]                                  // named an invoice
    [InlineData("my account 640 218 got the sms")]                                      // named an account
    [InlineData("the reset code came but I paid $583920 by mistake")]                  // an amount
    [InlineData("codes K-640271 and 5839.20 were in the text")]                        // glued to a letter, a decimal
    [InlineData("BG-640271 is your verification code")]                                // not Google's "G-"
    [InlineData("G-640271 is the part number, no code")]
    [InlineData("please deliver here, pin code 560034")]                               // an Indian postcode
    [InlineData("I keep getting texts from 729725")]                                   // a sender's short code
    [InlineData("OTP for ₹250000 never came")]                                         // an amount
    [InlineData("OTP for Rs 250000 never came")]                                       // an amount
    public void Scan_NumberNamedOtherwise_IsNoSentCode(string text) =>
        Assert.DoesNotContain(Detectors.Find(text), f => f.Class == "ONE_TIME_CODE");

    [Fact]
    public void Scan_CodeWordInAnotherSentence_DoesNotReach() =>
        Assert.Empty(Detectors.Values("I never got the code. Then 602913 turned up on the letter.", "ONE_TIME_CODE"));
}
