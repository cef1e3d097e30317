using Confidant.Identity.Passwords;

namespace Confidant.Identity.Tests.Passwords;

public sealed class GuessablePasswordCheckTests
{
    [Theory]
    // Listed words, any case
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("iloveyou")]
    [InlineData("sunshine")]
    [InlineData("Michael1985")]
    [InlineData("Liverpool1892")]
    [InlineData("confidant")]
    // Digits, years and symbols around them
    [InlineData("Password2024!")]
    [InlineData("password1")]
    [InlineData("!Summer99")]
    [InlineData("Summer2024")]
    [InlineData("winter2024!")]
    [InlineData("January2025")]
    [InlineData("qwerty123")]
    [InlineData("dragon123")]
    [InlineData("Welcome123!")]
    [InlineData("football#1")]
    [InlineData("Confidant2024!")]
    [InlineData("letmein!")]
    [InlineData("IloveYou!!")]
    [InlineData("monkey1234567890")]
    [InlineData("password12345678")]
    [InlineData("#1princess")]
    // Leetspeak
    [InlineData("P@ssw0rd")]
    [InlineData("p@55w0rd!")]
    [InlineData("p4ssw0rd")]
    [InlineData("Pa$$word1")]
    [InlineData("L3tM3In2023")]
    [InlineData("C0nf1d4nt")]
    [InlineData("4dmin1234")]
    [InlineData("$ummer2024")]
    [InlineData("trustno1")]
    [InlineData("5unsh1ne")]
    // A few letters more than a listed word
    [InlineData("mypassword")]
    [InlineData("monkeys!")]
    [InlineData("xpasswordx")]
    // Keyboard walks, sequences, repeats
    [InlineData("QWERTYUIOP")]
    [InlineData("asdfghjkl;")]
    [InlineData("1qaz2wsx")]
    [InlineData("1q2w3e4r5t")]
    [InlineData("zaq12wsx")]
    [InlineData("poiuytrewq")]
    [InlineData("12345678")]
    [InlineData("87654321")]
    [InlineData("1234567890")]
    [InlineData("7890123456")]
    [InlineData("abcdefgh")]
    [InlineData("hgfedcba")]
    [InlineData("!@#$%^&*")]
    [InlineData("11111111")]
    [InlineData("aaaaaaaa")]
    [InlineData("aaaaaaaaaaaaaaab")]
    [InlineData("abcabcabc")]
    [InlineData("passpass")]
    [InlineData("monkeymonkey")]
    [InlineData("Passw0rd!Passw0rd!")]
    [InlineData("696969696")]
    // Separators removed
    [InlineData("i love you")]
    [InlineData("pass word")]
    [InlineData("qwerty-123")]
    // Little besides decorations
    [InlineData("abc12345!")]
    [InlineData("123456789a")]
    [InlineData("1990!!!!")]
    [InlineData("01011990")]
    [InlineData("19900101!")]
    [InlineData("5201314")]
    public void Check_CommonPasswordsAndTheirVariants_AreCommon(string password)
    {
        Assert.Equal(GuessableKind.Common, GuessablePasswordCheck.Check(password, []));
    }

    [Theory]
    [InlineData("correct horse battery staple extra")]
    [InlineData("CorrectHorseBatteryStapleExtra")]
    [InlineData("purple monkey dishwasher lamp")]
    [InlineData("my cat Rex hates rainy tuesdays")]
    [InlineData("Sunshine over the quiet harbour")]
    [InlineData("password manager generated this one: q8Zr!")]
    [InlineData("tr1cky-Penguin-b4kes-br3ad")]
    [InlineData("Gr8-Blu3-W4ter-Fall")]
    [InlineData("xk9#mQ2vLp7!")]
    [InlineData("Tz8&qWv3nR")]
    [InlineData("q7Rv2Lx9Kp")]
    [InlineData("83749261")]
    [InlineData("a8471923")]
    [InlineData("#&*!%)$@+~")]
    [InlineData("Zebra crossing at midnight 1987")]
    [InlineData("grüne Äpfel schmecken süß")]
    [InlineData("пароль-очень-длинный-и-хороший")]
    [InlineData("日本語のパスワードです")]
    [InlineData("vT4#pL9@xQ2!mR7$kW3^nZ8&bY5*cH6(dJ1)fG0_sA4+eU9=iO2~oP7")]
    public void Check_PassphrasesAndRandomStrings_AreNotGuessable(string password)
    {
        Assert.Equal(GuessableKind.None, GuessablePasswordCheck.Check(password, []));
    }

    [Theory]
    [InlineData("marguerite2024!")]
    [InlineData("M4rgu3r1t3")]
    [InlineData("Dupont!!")]
    [InlineData("dupontdupont")]
    [InlineData("acmecorp99")]
    public void Check_ContextWordWithDecorations_IsContextWord(string password)
    {
        string[] context = ["marguerite.dupont", "margueritedupont", "marguerite", "dupont", "acmecorp"];

        Assert.Equal(GuessableKind.ContextWord, GuessablePasswordCheck.Check(password, context));
    }

    [Fact]
    public void Check_PassphraseThatMentionsAContextWord_IsNotGuessable()
    {
        Assert.Equal(GuessableKind.None, GuessablePasswordCheck.Check("dupont family picnic by the lake", ["dupont"]));
    }
}
