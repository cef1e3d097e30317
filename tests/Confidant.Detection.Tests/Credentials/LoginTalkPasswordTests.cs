namespace Confidant.Detection.Tests.Credentials;

public class LoginTalkPasswordTests
{
    [Theory]
    [InlineData("it keeps saying wrong password but I'm typing Pepper_1984 exactly", "Pepper_1984")]
    [InlineData("can't log in with Goldie77 since this morning", "Goldie77")]
    [InlineData("mon accès est bloqué, j'ai mis Pistache2018 trois fois", "Pistache2018")]
    [InlineData("Ich kann mich nicht einloggen, Bello.2017 geht nicht mehr", "Bello.2017")]
    [InlineData("my password was the cat's name («Whiskers09») I think", "Whiskers09")]
    [InlineData("can't login, tried Sunshine22", "Sunshine22")]                       // "login" further back is no label
    [InlineData("locked out of my account, tried Rover2019", "Rover2019")]
    public void Scan_WordWithDigitsInLoginTalk_IsPassword(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PASSWORD"));

    [Fact]
    public void Scan_TwoGuessesBeforeALockout_AreBothPasswords() =>
        Assert.Equal(["Marble2020", "marble2020!"],
            Detectors.Values("tried Marble2020 and marble2020! neither works and now I'm locked out", "PASSWORD"));

    [Theory]
    [InlineData("my iPhone13 won't let me log in")]                        // a device
    [InlineData("locked out after updating to Windows11")]                 // a system
    [InlineData("covid19 vaccine portal login fails")]                     // a disease's name
    [InlineData("my username is rgarcia84 and I'm locked out")]           // a user name
    [InlineData("my usrname is rgarcia84 and I'm locked out")]            // misspelled, still a user name
    [InlineData("I can't log in to account jdoe1990")]                     // an account
    [InlineData("rgarcia84 account is locked")]                            // named after it
    [InlineData("I'm logged in as jsmith88 but it says locked")]           // a user name after "as"
    [InlineData("login: jsmith88, the password I'll send later")]          // a label
    [InlineData("Maple2021 is my favourite tree")]                         // no talk of signing in
    [InlineData("locked out.\nMaple2021 was the tree we planted")]        // signing in on another line
    [InlineData("login fails with error AB12")]                            // too short, too few letters
    public void Scan_WordWithDigitsNamedOrFarFromLoginTalk_IsNoPassword(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSWORD"));
}
