namespace Confidant.Detection.Tests.Credentials;

public class PasswordShapeTests
{
    // A value shaped as password rules ask is a password with no word announcing it.
    [Theory]
    [InlineData("it keeps rejecting Marigold!1987 even tho i know its right", "Marigold!1987")]
    [InlineData("I logged in with my usual one (Sunfl0wer!88) and it says locked", "Sunfl0wer!88")]
    [InlineData("tried Tr@mpoline42 twice this morning", "Tr@mpoline42")]
    [InlineData("is Bella$2010 still ok to use?", "Bella$2010")]
    [InlineData("London~Bridge9 worked yesterday", "London~Bridge9")]
    [InlineData("Summer2024! worked last week, now nothing", "Summer2024!")]
    [InlineData("c'est Loulou!2012 ou loulou2012, je sais plus", "Loulou!2012")]
    public void Scan_PasswordShapedValue_IsAPassword(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "PASSWORD"));

    [Fact]
    public void Scan_VariantRightAfterAShapedPassword_IsFoundToo() =>
        Assert.Equal(["Loulou!2012", "loulou2012"], Detectors.Values("c'est Loulou!2012 ou loulou2012, je sais plus", "PASSWORD"));

    [Fact]
    public void Scan_FinalExclamationOnly_NeedsAPasswordWord()
    {
        Assert.Empty(Detectors.Values("just got the new Office365! love it", "PASSWORD"));
        Assert.Contains("Qwerty123!", Detectors.Values("my password Qwerty123! stopped working", "PASSWORD"));
    }

    // From an independent review: ids, hosts, versions, times, code, markup, amounts and sign-offs.
    [Theory]
    [InlineData("where is Order#4471822? it said 2 days")]
    [InlineData("add me, my battletag is Sarah#4821")]
    [InlineData("Booking#KL7X9Q for Tuesday please")]
    [InlineData("ssh gives root@Web01:~# permission denied")]
    [InlineData("logon as jsmith@CORP01 fails since the update")]
    [InlineData("we upgraded to TypeScript@5 and PostgreSQL@16")]
    [InlineData("can we do Mon@10am instead")]
    [InlineData("Dial*100# to check your balance")]
    [InlineData("the total is in Sheet1!A1 and Summary!$C$4")]
    [InlineData("column Sheet1!A is empty")]
    [InlineData("Was$49.99Now$29.99 on the site")]
    [InlineData("banner says Save20%Today on everything")]
    [InlineData("Thx!Ref12345 is the one they gave me")]
    [InlineData("if (isValid&&Step2) return")]
    [InlineData("the page shows Hello&nbsp;World2 instead of text")]
    [InlineData("at com.acme.Order$Item.get(Order.java:42)")]
    [InlineData("open AppLog_2024*.txt and README.md#Step2")]
    [InlineData("Great Service!! Thanks4Help Team2024")]
    public void Scan_OtherThingsThatMixLettersDigitsAndSymbols_AreNoPassword(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));
}
