namespace Confidant.Detection.Tests.Credentials;

public class PinInSentenceTests
{
    [Theory]
    [InlineData("the bank texted asking for my PIN and like an idiot I replied 6604", "6604")]
    [InlineData("the machine kept my bank card after I typed 3318, and that is my pin for sure", "3318")]
    [InlineData("my app pin: no wait, it's 58 17", "58 17")]
    [InlineData("the key safe at mum's takes 9 0 4 1 but the carers can't open it", "9 0 4 1")]
    [InlineData("el teclado de la alarma no acepta 2740 desde ayer", "2740")]
    [InlineData("I set a new PIN of 4426 yesterday", "4426")]                   // "of" before no year
    [InlineData("ok so entered 8316 three times and now it's locked", "8316")]  // tried, then locked out
    [InlineData("tried 5521, now the app is blocked", "5521")]
    public void Scan_FourDigitsInASentenceOfPins_IsPin(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("I need a new PIN for the card ending 4417")]                     // a card's last four
    [InlineData("my pin has not worked since 2019")]                             // a year
    [InlineData("the pin stopped working in May 2024")]                          // a month's year
    [InlineData("pin pad at store 2291 was broken")]                             // the card reader, a store
    [InlineData("tried my pin 3 times at 1430 and it failed")]                   // a time
    [InlineData("withdrew 2000 dollars and then the PIN was blocked")]           // an amount
    [InlineData("the PIN letter for order 5521 never arrived")]                  // an order
    [InlineData("I reset my pin. Then 4471 showed on the receipt")]              // another sentence
    [InlineData("el pin de la tarjeta que caduca en octubre de 2027")]          // a year after "de"
    [InlineData("after the PIN reset I could take out 3000")]                    // a round amount
    [InlineData("used my pin at 7 and again 0930 this morning")]                 // a time of day
    [InlineData("the PIN? it's 2024 now and still nothing")]                     // a year
    [InlineData("they charged me 2500 after I entered my PIN")]                  // an amount
    [InlineData("set the alarm for 0545 tomorrow")]                              // a time
    [InlineData("I entered 2019 as the year and the form locked")]               // tried, but named a year
    [InlineData("I entered 2019 and the form locked")]
    [InlineData("entered 1430 for the time and the app locked up")]
    public void Scan_FourDigitsNamedOtherwise_IsNoPin(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));
}
