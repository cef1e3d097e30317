namespace Confidant.Detection.Tests.Contact;

public class EmailRecognizerTests
{
    [Theory]
    [InlineData("write to john.smith@example.com please", "john.smith@example.com")]
    [InlineData("john+tag@mail.example.co.uk", "john+tag@mail.example.co.uk")]
    [InlineData("My email is jane_doe99@gmail.com.", "jane_doe99@gmail.com")]
    [InlineData("(contact: <ops-team@my-company.io>)", "ops-team@my-company.io")]
    [InlineData("'quoted@example.org'", "quoted@example.org")]
    [InlineData("mailto:someone@example.net", "someone@example.net")]
    [InlineData("correo: josé.garcía@correo.es", "josé.garcía@correo.es")]
    [InlineData("user@münchen.de is fine", "user@münchen.de")]
    [InlineData("x!#$%&*=?^`{|}~y@example.com", "x!#$%&*=?^`{|}~y@example.com")]
    public void Scan_EmailAddress_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "EMAIL"));

    [Theory]
    [InlineData("user@localhost")]
    [InlineData("see icon@2x.png for the retina asset")]
    [InlineData("npm install @angular/core")]
    [InlineData("install package@1.2.3 now")]
    [InlineData("john.@example.com")]
    [InlineData("john@-example.com")]
    [InlineData("john@example.c")]
    [InlineData("@@@@")]
    [InlineData("meet @ 5pm at the cafe")]
    [InlineData("a@b")]
    public void Scan_NotAnEmailAddress_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "EMAIL"));

    [Fact]
    public void Scan_DoubleDotInLocalPart_StartsAfterIt() =>
        Assert.Equal(["b@example.com"], Detectors.Values("a..b@example.com", "EMAIL"));

    [Fact]
    public void Scan_EmailWithContext_ScoresHigher()
    {
        var bare = ContactScores.Of("reach jo@example.com", "EMAIL");
        var withContext = ContactScores.Of("my email is jo@example.com", "EMAIL");
        Assert.True(bare >= 0.8);
        Assert.True(withContext >= 0.95);
        Assert.True(withContext > bare);
    }

    [Fact]
    public void Scan_TwoEmailAddresses_AreBothFound() =>
        Assert.Equal(["a@x.com", "b@y.org"], Detectors.Values("a@x.com, b@y.org", "EMAIL"));

    [Fact]
    public void Scan_EmailWithZeroWidthSpaceInside_IsFoundWholeInOriginal()
    {
        const string text = "mail jo\u200Bhn@example.com";
        Assert.Equal(["jo\u200Bhn@example.com"], Detectors.Values(text, "EMAIL"));
    }

    [Fact]
    public void Scan_FullWidthAtSign_IsFound() =>
        Assert.Equal(["john＠example.com"], Detectors.Values("email john＠example.com", "EMAIL"));

    [Fact]
    public void Scan_LocalPartLongerThan64_IsNotFound() =>
        Assert.Empty(Detectors.Values(new string('a', 65) + "@example.com", "EMAIL"));

    [Fact]
    public void Scan_LabelLongerThan63_IsNotFound() =>
        Assert.Empty(Detectors.Values("a@" + new string('b', 64) + ".com", "EMAIL"));

    [Theory]
    [InlineData("Profile export: name=Oscar Lindahl; email=oscar.lindahl@telia.se; phone=+46 70 482 19 36", "oscar.lindahl@telia.se")]
    [InlineData("login attempt user=m.huang@coastalcu.org from 10.2.3.4", "m.huang@coastalcu.org")]
    [InlineData("bounces go to prvs=a1b2c3=ana@example.com", "prvs=a1b2c3=ana@example.com")]
    public void Scan_AddressAfterAFieldKeyAndEquals_LeavesTheKeyOut(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "EMAIL"));
}
