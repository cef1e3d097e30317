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
    [InlineData("PIN: 0000", "0000")]
    [InlineData("PIN code 12345678.", "12345678")]
    [InlineData("pin number is 9021", "9021")]
    public void Scan_AnnouncedPin_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("what is my pin")]
    [InlineData("pin 12")]
    [InlineData("pin 123456789")]
    [InlineData("pin the tweet")]
    [InlineData("pin abcd")]
    public void Scan_NoPin_FindsNothing(string text) =>
        Assert.Empty(Detectors.Values(text, "PIN"));

    [Theory]
    [InlineData("the code is 583920", "583920")]
    [InlineData("verification code 583920", "583920")]
    [InlineData("OTP 123456", "123456")]
    [InlineData("código 123456", "123456")]
    [InlineData("código de verificación: 123456", "123456")]
    [InlineData("your one-time code is 583 920.", "583 920")]
    [InlineData("2FA code: K7Q2M9", "K7Q2M9")]
    [InlineData("Your verification code is 583920.", "583920")]
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
}
