namespace Confidant.Detection.Tests.Credentials;

public class AnnouncedSecretTests
{
    [Theory]
    [InlineData("my password is hunter2!", "hunter2!")]
    [InlineData("password: Tr0ub4dor&3", "Tr0ub4dor&3")]
    [InlineData("pw = x", "x")]
    [InlineData("pass is Qx7!mm", "Qx7!mm")]
    [InlineData("mi contraseña es Gato#2024", "Gato#2024")]
    [InlineData("mot de passe : Soleil-88", "Soleil-88")]
    [InlineData("Passwort ist Sommer2024", "Sommer2024")]
    [InlineData("my password is hunter2.", "hunter2")]
    [InlineData("password: \"s3cr3t pass\"", "s3cr3t")]
    [InlineData("the password for my bank account is Blue$ky99, ok?", "Blue$ky99")]
    [InlineData("my password is sunshine", "sunshine")]
    [InlineData("password is now Zebra55", "Zebra55")]
    [InlineData("wifi password Kx9mPq2z", "Kx9mPq2z")]
    [InlineData("my usrname is jmorales88 and pasword Tr0mb0ne#77 pls hlep", "Tr0mb0ne#77")]
    public void Scan_AnnouncedPassword_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("I forgot my password")]
    [InlineData("reset my password please")]
    [InlineData("password reset link")]
    [InlineData("my password is wrong")]
    [InlineData("my password is not working")]
    [InlineData("the password is too short")]
    [InlineData("my password is 12 characters long")]
    [InlineData("password must be at least 8 characters")]
    [InlineData("I'll pass on that")]
    [InlineData("boarding pass 12345678")]
    [InlineData("the password was changed yesterday")]
    [InlineData("what is my password?")]
    [InlineData("je passe : demain")]
    public void Scan_PasswordTalk_FindsNothing(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("pin 4471", "4471")]
    [InlineData("my pin is 4471", "4471")]
    [InlineData("PIN 12 34 56 78", "12 34 56 78")]
    [InlineData("PIN: 0000", "0000")]
    [InlineData("PIN code 12345678.", "12345678")]
    [InlineData("pin number is 9021", "9021")]
    [InlineData("he forgot his card PIN, it's 6284, can you reset it", "6284")]
    [InlineData("pin's 7731", "7731")]                                         // "'s" for "is"
    public void Scan_AnnouncedPin_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("what is my pin")]
    [InlineData("pin 12")]
    [InlineData("pin 123456789")]
    [InlineData("pin the tweet")]
    [InlineData("pin abcd")]
    [InlineData("my PIN, it's 4 digits right?")]
    [InlineData("the PIN, it's 2 minutes since I asked")]
    [InlineData("the pin's expired, can you send a new one")]
    [InlineData("the pin's 4 digits right?")]
    [InlineData("After my PIN the screen showed 500 000 but no cash came out")]
    public void Scan_NoPin_FindsNothing(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));

    // "'s" is "is" only before a value with a digit; otherwise it is a possessive.
    [Theory]
    [InlineData("The password's strength meter says weak")]
    [InlineData("the password's hint is my dog's name")]
    [InlineData("Your password's expiry date is 12/05, can I extend it?")]
    [InlineData("my password's manager autofilled it")]
    public void Scan_PossessiveOfAPasswordWord_FindsNoPassword(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("the code is 583920", "583920")]
    [InlineData("verification code 583920", "583920")]
    [InlineData("OTP 123456", "123456")]
    [InlineData("código 123456", "123456")]
    [InlineData("código de verificación: 123456", "123456")]
    [InlineData("your one-time code is 583 920.", "583 920")]
    [InlineData("2FA code: K7Q2M9", "K7Q2M9")]
    [InlineData("Your verification code is 583920.", "583920")]
    [InlineData("the 2fa code is 48 21 93", "48 21 93")]
    [InlineData("the SMS code is 55 81 27 but it fails", "55 81 27")]
    public void Scan_AnnouncedOneTimeCode_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "ONE_TIME_CODE"));

    [Theory]
    [InlineData("the code doesn't work")]
    [InlineData("zip code 94107")]
    [InlineData("area code 4155")]
    [InlineData("promo code SAVE2024")]
    [InlineData("error code 5001")]
    [InlineData("order confirmation code 123456")]
    [InlineData("source code 12345 lines")]
    [InlineData("code 404")]
    [InlineData("the code is ABC123")]
    [InlineData("the code is 12 34")]
    [InlineData("the code is 12 34-56")]
    [InlineData("the code from 12-05-24 didn't work")]
    [InlineData("my code is 20 30 40 minutes late")]
    public void Scan_NoOneTimeCode_FindsNothing(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    [Fact]
    public void Scan_PasswordWithZeroWidthSpaceBeforeIt_IsFound() =>
        Assert.Single(Detectors.Values("password:\u200B Tr0ub4dor&3", "PASSWORD"));

    [Fact]
    public void Scan_PinWithFullWidthDigits_IsFound() =>
        Assert.Equal(["４４７１"], Detectors.Values("PIN ４４７１", "PIN"));

    [Fact]
    public void Scan_RepeatedPasswordWords_StaysQuietAndFast()
    {
        var text = string.Concat(Enumerable.Repeat("password password is ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(Detectors.Values(text, "PASSWORD"));
        Assert.True(watch.ElapsedMilliseconds < 2000);
    }

    [Theory]
    [InlineData("pwd Blue$ky99", "Blue$ky99")]
    [InlineData("login jo@example.org pass Kite#42 thanks", "Kite#42")]
    [InlineData("user jdoe pass mango77", "mango77")]
    [InlineData("login jo@example.org / Tulip-9x-Gate", "Tulip-9x-Gate")]
    [InlineData("\U0001F511 Lantern88!", "Lantern88!")]
    [InlineData("passwd copper-river-lantern-moth", "copper-river-lantern-moth")]
    [InlineData("my son changed the password to otter?KLM21 yesterday", "otter?KLM21")]
    [InlineData("I typed the password wrong twice, it's Maple2020 i swear", "Maple2020")]
    [InlineData("is Quartz#771 a strong enough password?", "Quartz#771")]
    [InlineData("Brick!9house is my password", "Brick!9house")]
    public void Scan_PasswordInChatPhrasing_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PASSWORD"));

    [Fact]
    public void Scan_OldAndNewPassword_BothFound() =>
        Assert.Equal(["Cedar#11", "Birch%22"], Detectors.Values("old password was Cedar#11, new one is Birch%22", "PASSWORD"));

    [Theory]
    [InlineData("WHAT IS THE PASSWORD POLICY? IT REJECTS MINE")]
    [InlineData("PASSWORD RESET LINK EXPIRED")]
    [InlineData("can I change the password to something easier")]
    [InlineData("I'll pass Mike57 the ball")]
    [InlineData("boarding pass AB1234 for tomorrow")]
    [InlineData("see docs / Setup2 for details")]
    [InlineData("the password expired, it's annoying")]
    [InlineData("is this a strong enough password?")]
    [InlineData("\U0001F511 thanks")]
    [InlineData("passwd state-of-the-art")]
    public void Scan_MorePasswordTalk_FindsNothing(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("my banking app passcode is 802214", "802214")]
    [InlineData("I'd like to change my pin from 3318", "3318")]
    public void Scan_NumericPasscodeOrPinChange_IsPin(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PIN"));

    [Fact]
    public void Scan_PinChangeFromTo_FindsBoth() =>
        Assert.Equal(["3318", "907145"], Detectors.Values("please change my pin from 3318 to 907145", "PIN"));

    [Theory]
    [InlineData("pin code 560001, do you deliver there?")]
    [InlineData("is pin code 400 001 in your delivery area")]
    [InlineData("my app passcode is 12")]
    public void Scan_PostalPinCodeOrShortPasscode_IsNoPin(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("one-time passcode 660412", "660412")]
    [InlineData("803311 is the code you sent me", "803311")]
    [InlineData("I received 4417 by sms", "4417")]
    [InlineData("got 771 204 via text", "771 204")]
    [InlineData("it asked for the code, I typed 920417 and it failed", "920417")]
    [InlineData("code from the email: 318 004", "318 004")]
    public void Scan_OneTimeCodeInChatPhrasing_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "ONE_TIME_CODE"));

    [Theory]
    [InlineData("order 12345678 is the code for the discount")]
    [InlineData("I paid 4417 by text message")]
    [InlineData("the code, I typed it twice")]
    [InlineData("call me on 555 0199 by text")]
    public void Scan_MoreCodeTalk_FindsNoOneTimeCode(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    [Theory]
    [InlineData("mon code PIN c'est 7291 et la carte est bloquée", "PIN", "7291")]
    [InlineData("mon mot de passe c’est Lapin_bleu1987 je l'ai tapé 10 fois", "PASSWORD", "Lapin_bleu1987")]
    [InlineData("el código es 👉580417 pero me dice que no es válido", "ONE_TIME_CODE", "580417")]
    [InlineData("the code is → 580417", "ONE_TIME_CODE", "580417")]
    [InlineData("I also got an unrequested verification code (739204) at 03:13", "ONE_TIME_CODE", "739204")]
    [InlineData("it keeps asking for the 2FA code but when I enter 604118 it says expired", "ONE_TIME_CODE", "604118")]
    public void Scan_SecretAfterFrenchConnectorArrowOrParenthesis_IsFound(string text, string dataClass, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, dataClass));

    [Theory]
    [InlineData("c'est le code promo qui ne marche pas")]
    [InlineData("enter the code from the letter")]
    [InlineData("what code (if any) do I use?")]
    public void Scan_ConnectorsWithoutAValue_FindNothing(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    [Theory]
    [InlineData("my PIN, it's 2024 now and still locked")]
    [InlineData("your PIN, it's 10000 times better to use biometrics")]
    public void Scan_NumberAfterPinCommaItsThatIsNoPin_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));

    // Phrasings the payments development set showed.
    [Theory]
    [InlineData("mon code confidentiel c'est 5519, je l'ai changé au distributeur", "PIN", "5519")]
    [InlineData("old password was summer2021 and the new one is Summer2024$, neither works", "PASSWORD", "Summer2024$")]
    [InlineData("the authenticator app shows 602118 right now, do i need to be quick?", "ONE_TIME_CODE", "602118")]
    [InlineData("the verification sms says 902 447 but your site says code expired", "ONE_TIME_CODE", "902 447")]
    [InlineData("now it wants the SMS code, it's 204 881", "ONE_TIME_CODE", "204 881")]
    [InlineData("it asked for a code, the text said 739 041 but by the time i typed it it had expired", "ONE_TIME_CODE", "739 041")]
    public void Scan_SecretInPaymentsSetPhrasing_IsFound(string text, string dataClass, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, dataClass));

    [Theory]
    [InlineData("Passwort vergessen, was nun?")]
    [InlineData("my password was now what? I forget")]
    [InlineData("the password field says incorrect every time")]
    public void Scan_PasswordTalkWithoutAValue_FindsNoPassword(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("the app shows 3 notifications and the code field is empty")]
    [InlineData("your verification page says 404 not found")]
    public void Scan_ShowsOrSaysBeforeNoCode_FindsNoOneTimeCode(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    [Theory]
    [InlineData("Sein Passwort fürs Online-Banking ist Elbe!Sommer73, er kommt trotzdem nicht rein.", "PASSWORD", "Elbe!Sommer73")]
    [InlineData("the password for my e-mail account is Kq7m!rTv9", "PASSWORD", "Kq7m!rTv9")]
    [InlineData("meine mTAN lautet 583046", "ONE_TIME_CODE", "583046")]
    [InlineData("die pushTAN ist 904417", "ONE_TIME_CODE", "904417")]
    public void Scan_HyphenatedWordsBeforeTheConnectorOrGermanTan_AnnounceTheValue(string text, string label, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, label));

    [Fact]
    public void Scan_TanAsASurname_StaysAName() =>
        Assert.Equal(["Tan, Wei Ming"], Detectors.Values("CARDHOLDER: Tan, Wei Ming", "PERSON_NAME"));

    [Theory]
    [InlineData("the mTAN never arrives, my number is 0171 2345678")]
    [InlineData("I didn't get the code, my number is 0161 832 4471")]
    [InlineData("Mein Passwort fürs Online-Banking ist gesperrt, was nun?")]
    public void Scan_BridgeToAPhoneATimeOrAState_AnnouncesNoSecret(string text)
    {
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));
        Assert.Empty(Detectors.Values(text, "PASSWORD"));
    }

    [Theory]
    [InlineData("the verification code sent to my phone is 448120", "448120")]
    [InlineData("the code on my phone is 448120", "448120")]
    [InlineData("the code from my mobile is 551203", "551203")]
    [InlineData("the verification code for the appointment booking is 559013, it expires in 10 minutes", "559013")]
    public void Scan_CodeSentToAPhone_IsStillACode(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "ONE_TIME_CODE"));

    // From a third review: secrets announced for a phone or an appointment are still secrets.
    [Theory]
    [InlineData("the PIN for my phone is 4821", "PIN", "4821")]
    [InlineData("the password for my mobile banking is Bluebell77!", "PASSWORD", "Bluebell77!")]
    [InlineData("mi contraseña para la cita previa es Girasol2023", "PASSWORD", "Girasol2023")]
    public void Scan_SecretForAPhoneOrAnAppointment_IsFound(string text, string label, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, label));

    // From ids2.txt (2026-12-01): a password changed to a value in French, Spanish and German.
    [Theory]
    [InlineData("j'ai changé le mot de passe pour Bzh#2956lorient et maintenant je reçois plus les mails", "Bzh#2956lorient")]
    [InlineData("he cambiado la contraseña a Pollito_Azul7 y no entra", "Pollito_Azul7")]
    [InlineData("Passwort zu Test1234 geändert", "Test1234")]
    public void Scan_PasswordChangedToAValueInOtherLanguages_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("cambié el pin a 4821", "4821")]
    [InlineData("die PIN zu 1234 geändert", "1234")]
    public void Scan_PinChangedToAValueInOtherLanguages_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("mi contraseña a veces no funciona")]
    [InlineData("le code pin en 2024 ne marche plus")]
    [InlineData("change ta contraseña a algo seguro")]
    // from an independent review: what a password is for, who got it, amounts and phones
    [InlineData("le mot de passe pour Office365 ne marche pas")]
    [InlineData("le di la contraseña a Juan_Carlos")]
    [InlineData("Passwort zu PayPal vergessen")]
    [InlineData("envía el PIN a 600 123 456 por favor")]
    [InlineData("I've changed my PIN a 1000 times and it still says wrong")]
    public void Scan_WordsAfterAPasswordWordInOtherLanguages_AreNoSecret(string text)
    {
        Assert.Empty(Detectors.Values(text, "PASSWORD"));
        Assert.Empty(Detectors.Values(text, "PIN"));
    }

    // From ids2.txt: a "security code" that was sent is a one-time code, not a card's.
    [Theory]
    [InlineData("the security code from the text was 8830, entered it twice, still says invalid", "8830")]
    [InlineData("the security code you texted me is 4471", "4471")]
    public void Scan_SecurityCodeThatWasSent_IsAOneTimeCode(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, "ONE_TIME_CODE"));
        Assert.Empty(Detectors.Values(text, "CARD_CVV"));
    }

    [Theory]
    [InlineData("the security code on the back is 883", "883")]
    [InlineData("I sent you the security code 883 yesterday", "883")]
    // from an independent review: a card named, or the sending said in another sentence
    [InlineData("Visa ending 4242, security code (I emailed the rest) 737", "737")]
    [InlineData("Amex 3782 822463 10005, exp 08/27, security code 4417 sent from my iPad", "4417")]
    [InlineData("Can I send you the security code by text? it's 737", "737")]
    public void Scan_SecurityCodeOfACard_StaysACvv(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "CARD_CVV"));

    // A second guess at the same secret, or the new one after the old, written without a second announcement.
    [Theory]
    [InlineData("tried pin 8190 then 8109 and now its blocked", "PIN", new[] { "8190", "8109" })]
    [InlineData("ATM pin is 9034 i think?? or 9043. one of those", "PIN", new[] { "9034", "9043" })]
    [InlineData("my pin is 0482 i think, or maybe 0428", "PIN", new[] { "0482", "0428" })]
    [InlineData("I tried my old password Rover2015 and the new one Rover2016!, neither works", "PASSWORD", new[] { "Rover2015", "Rover2016!" })]
    [InlineData("old password was Fenn3lSeed! and i changed it to Fenn3lSeed!!2 yesterday", "PASSWORD", new[] { "Fenn3lSeed!", "Fenn3lSeed!!2" })]
    [InlineData("my pin is 4821 or 4812 or 8421", "PIN", new[] { "4821", "4812", "8421" })]
    [InlineData("mon code pin est le 4821 ou le 4812", "PIN", new[] { "4821", "4812" })]
    [InlineData("meine PIN ist 4821, dann 4812", "PIN", new[] { "4821", "4812" })]
    [InlineData("password is Harbor#12 or possibly Harbor#21", "PASSWORD", new[] { "Harbor#12", "Harbor#21" })]
    public void Scan_SecondValueOfTheSameKind_IsFoundToo(string text, string dataClass, string[] expected) =>
        Assert.Equal(expected, Detectors.Values(text, dataClass));

    [Theory]
    [InlineData("my pin is 1234 or so", "PIN", "1234")]
    [InlineData("my pin is 4471 then 3 more tries and it locks", "PIN", "4471")]
    [InlineData("the otp was 482913 then 12345678 came", "ONE_TIME_CODE", "482913")]
    [InlineData("my password is Hunter22 or McDonalds", "PASSWORD", "Hunter22")]
    [InlineData("my password is Hunter22 or something like that", "PASSWORD", "Hunter22")]
    // from an independent review: amounts, times, years and other numbers after "or" and "then"
    [InlineData("my pin is 4821 and then 1500 was taken from my account", "PIN", "4821")]
    [InlineData("used my pin 4821 then 0930 this morning it said incorrect", "PIN", "4821")]
    [InlineData("pin 4821 then 2020 i got a new card and it stopped working", "PIN", "4821")]
    [InlineData("OTP 482913 or 558812 which is my order number", "ONE_TIME_CODE", "482913")]
    [InlineData("my pin was 4821, i changed it to 1000 daily limit", "PIN", "4821")]
    [InlineData("password is Harbor#12 then E403 error shows up", "PASSWORD", "Harbor#12")]
    [InlineData("the password is Raven_2020 then COVID-19 hit and i never logged in", "PASSWORD", "Raven_2020")]
    [InlineData("my password was Harbor#12 and the new one v2.3 app rejects it", "PASSWORD", "Harbor#12")]
    public void Scan_WhatFollowsOrIsNotAnotherGuess_FindsOnlyTheFirst(string text, string dataClass, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, dataClass));

    // A remark or an article between the announcement and its value.
    [Theory]
    [InlineData("Account PIN (set in store today): 7720 Summary: my phone lost service", "PIN", "7720")]
    [InlineData("the PIN I chose at the branch (2708) has been declined at every ATM", "PIN", "2708")]
    [InlineData("el pin de la tarjeta nueva (la que caduca en octubre de 2027) es 8302", "PIN", "8302")]
    [InlineData("mon code de vérification est le 318 640", "ONE_TIME_CODE", "318 640")]
    [InlineData("my password (the one for the app) is Xy7!pq9", "PASSWORD", "Xy7!pq9")]
    public void Scan_ValueAfterARemarkOrAnArticle_IsFound(string text, string dataClass, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, dataClass));

    [Theory]
    [InlineData("the pin for card ending (4471) is blocked")]
    [InlineData("my pin for the account number (20418835) does not work")]
    [InlineData("the pin reader (2 of them) is broken")]
    // from an independent review: a card's last digits, a date, a branch or a booking in brackets
    [InlineData("the pin for my visa (4821) stopped working")]
    [InlineData("the pin i set in (2019) is not accepted")]
    [InlineData("pin issue at branch (4410) again")]
    [InlineData("PIN reissue (requested online 12 Feb): 20240220")]
    [InlineData("PIN unblock request (ticket opened last week): 55231")]
    public void Scan_BracketedNumberOfSomethingElse_IsNoPin(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("Code (booking ref): 558812")]
    [InlineData("el código del pedido es el 558812")]
    [InlineData("mon code de réservation est le 482913")]
    [InlineData("the code for order (558812) is on the invoice")]
    public void Scan_CodeOfAnOrderOrABooking_IsNoOneTimeCode(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    // Phrasings of a sixth development author (eval/handwritten/creds.txt), written anew here.
    [Theory]
    [InlineData("key safe code for the carers is 2 7 1 9, please add it to mum's notes", "PIN", "2 7 1 9")]
    [InlineData("el código de la alarma es 6604 pero no se desactiva", "PIN", "6604")]
    [InlineData("le code de mon répondeur c'est 2468 mais il demande l'ancien", "PIN", "2468")]
    [InlineData("Der Code für den Schlüsseltresor ist 5821, bitte an den Pflegedienst geben", "PIN", "5821")]
    [InlineData("Bot: Enter your passcode / Me: 3 1 8 2 0 4 / Bot: Incorrect passcode", "PIN", "3 1 8 2 0 4")]
    [InlineData("Bot: Introduce el código de verificación / Yo: 7 7 0 4 1 2", "ONE_TIME_CODE", "7 7 0 4 1 2")]
    [InlineData("The PIN I'm entering is 6072, which I set at the branch", "PIN", "6072")]
    [InlineData("the one time password for the transfer is 310884 and it fails", "ONE_TIME_CODE", "310884")]
    [InlineData("my voicemail pin was set to 0000 by default", "PIN", "0000")]
    [InlineData("the pharmacy app wants a PIN, i set 1958 when i registered", "PIN", "1958")]
    [InlineData("the PUK printed on the card is 30719582 but it says wrong", "PIN", "30719582")]
    public void Scan_SecretInASixthAuthorsPhrasing_IsFound(string text, string dataClass, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, dataClass));

    [Theory]
    [InlineData("for the joint account Ama's pin is 5502 and mine is 2055, we mix them up", new[] { "5502", "2055" })]
    [InlineData("the code was either 660214 or 660241, i cant read my writing", new[] { "660214", "660241" })]
    public void Scan_TwoValuesOfOneKind_AreBothFound(string text, string[] expected) =>
        Assert.Equal(expected, Detectors.Find(text).Where(f => f.Class is "PIN" or "ONE_TIME_CODE").Select(f => f.Value));

    [Theory]
    [InlineData("Bot: type a hint for your password / Me: Priya please")]
    [InlineData("hola necesito el código PUK, mi número es 612 384 907")]
    [InlineData("is this a safe code to use for the gym locker")]
    public void Scan_ReplyOrNumberThatIsNoSecret_IsNotFound(string text) =>
        Assert.DoesNotContain(Detectors.Find(text), f => f.Class is "PIN" or "ONE_TIME_CODE" or "PASSWORD");

    // PINs tried at a lock with no PIN word: four digits after a verb of trying, a refusal in the sentence.
    [Theory]
    [InlineData("tried 5512, then 1255, then 2155 and now my card is blocked", new[] { "5512", "1255", "2155" })]
    [InlineData("probé 1975, luego 7519 y luego 9157, ahora la tarjeta está bloqueada", new[] { "1975", "7519", "9157" })]
    [InlineData("j'ai tapé 3306 et la carte est bloquée", new[] { "3306" })]
    public void Scan_DigitsTriedAtALock_ArePins(string text, string[] expected) =>
        Assert.Equal(expected, Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("I entered 1000 and it was declined")]             // a round amount
    [InlineData("tried 2019 model last year and the card was blocked")] // a noun follows
    [InlineData("tried 4471. my account was blocked last year for other reasons")] // another sentence
    [InlineData("tried 4471 and it worked first time")]            // nothing refused
    // from an independent review: amounts, postcodes, extensions, times, years, flights, rooms, promo codes
    [InlineData("For the amount I typed 1250 and the transfer was rejected")]
    [InlineData("I typed 2275, the zip code, and checkout declined my card")]
    [InlineData("I tried 4417, then 4418, and both extensions were wrong")]
    [InlineData("I tried 1745, then 1815, and both booking slots were declined")]
    [InlineData("I entered 0417, then 0418, the expiry dates were wrong and the card was declined")]
    [InlineData("I tried 1214, then 1216, my key card was rejected at the hotel")]
    [InlineData("The promo code was declined, I entered 8812 then 8821")]
    [InlineData("Ich habe eingetippt 1250 und die Überweisung wurde abgelehnt")]
    public void Scan_DigitsTriedWithoutALockRefusing_AreNoPin(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));

    [Fact]
    public void Scan_CodeTypedDigitByDigitAfterAnAnnouncement_IsOneCode() =>
        Assert.Equal(["7 1 9 3"], Detectors.Values("my PIN, it is 7 1 9 3", "PIN"));

    // German online banking's TAN, in capitals after an article or before its verb; never the surname.
    [Theory]
    [InlineData("Die TAN lautet 846201, bitte die Überweisung freigeben", "846201")]
    [InlineData("meine TAN ist 771903, die Überweisung geht trotzdem nicht", "771903")]
    [InlineData("TAN: 583046", "583046")]
    [InlineData("my TAN is 120934 but it says expired", "120934")]
    public void Scan_GermanTan_IsAOneTimeCode(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "ONE_TIME_CODE"));

    [Theory]
    [InlineData("Mr TAN 0412 345 678 called about the account")]
    [InlineData("Tan Wei Ming 771903 is my customer number")]
    [InlineData("the TANGO 123456 kit arrived")]
    public void Scan_TanThatIsANameOrAWord_IsNoCode(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    // Spanish and German say "as a password" with no article.
    [Theory]
    [InlineData("¿es segura Toledo2023 como contraseña o la cambio?", "Toledo2023")]
    [InlineData("kann ich Winter22 als Passwort nehmen?", "Winter22")]
    public void Scan_ValueAsAPasswordWithNoArticle_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("usa tu email como contraseña temporal")]
    [InlineData("la casa como contraseña no vale")]
    [InlineData("Uso FaceID como contraseña en el iPhone")]
    [InlineData("Me sale el error E-4021 como contraseña incorrecta")]
    [InlineData("Aparece •••••• como contraseña en el formulario")]
    public void Scan_WordAsAPasswordWithNoArticle_IsNoPassword(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));

    [Theory]
    [InlineData("Probé 28013 y luego 28014 como código postal, rechazada la dirección")]
    [InlineData("Puse 28014 como código postal")]
    public void Scan_PostalCodeAfterComo_IsNoOneTimeCode(string text) =>
        Assert.Empty(Detectors.Values(text, "ONE_TIME_CODE"));

    // From a code review of the day's rules.
    [Fact]
    public void Scan_AsMyPasswordInCapitals_IsFound() =>
        Assert.Equal(["hunter2!"], Detectors.Values("hunter2! AS MY PASSWORD", "PASSWORD"));

    [Fact]
    public void Scan_GuessAfterPossibly_IsFound() =>
        Assert.Equal(["4821", "4812"], Detectors.Values("my pin is 4821, possibly 4812", "PIN"));

    [Fact]
    public void Scan_TranscriptWhoseFirstColonOpensTheTail_StillFindsTheTurn() =>
        Assert.Equal(["5 1 8 2 0 4"], Detectors.Values("Bot: enter your passcode: / Me: 5 1 8 2 0 4", "PIN"));
}
