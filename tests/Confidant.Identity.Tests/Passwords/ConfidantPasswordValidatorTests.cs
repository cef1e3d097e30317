using Confidant.Identity.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Tests.Passwords;

public sealed class ConfidantPasswordValidatorTests : IDisposable
{
    private readonly ServiceProvider _services = IdentityServices.Build(new TestUserEmailStore());
    private readonly IServiceScope _scope;
    private readonly UserManager<ConfidantUser> _manager;
    private readonly ConfidantPasswordValidator<ConfidantUser> _validator = new(Options.Create(new PasswordPolicyOptions()));
    private readonly ConfidantUser _user = IdentityServices.NewUser("marguerite.dupont@boulangerie-dupont.fr", "marguerite.dupont@boulangerie-dupont.fr");

    public ConfidantPasswordValidatorTests()
    {
        _scope = _services.CreateScope();
        _manager = _scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    [Theory]
    [InlineData("k7#Vq2!z")]
    [InlineData("correct horse battery staple extra")]
    [InlineData("vT4#pL9@xQ2!mR7$")]
    [InlineData("Ünïcödé wörds are fine")]
    public async Task ValidateAsync_GoodPassword_Succeeds(string password)
    {
        var result = await _validator.ValidateAsync(_manager, _user, password);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    [Fact]
    public async Task ValidateAsync_SevenCharacters_IsTooShort()
    {
        var result = await _validator.ValidateAsync(_manager, _user, "k7#Vq2!");

        Assert.Contains(PasswordErrorCodes.TooShort, Codes(result));
        Assert.Contains("8", result.Errors.Single(e => e.Code == PasswordErrorCodes.TooShort).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_LengthCountsCodePointsNotUtf16Units()
    {
        // Seven emoji are fourteen UTF-16 units but seven characters.
        var result = await _validator.ValidateAsync(_manager, _user, "\U0001F642\U0001F431\U0001F335\U0001F6B2\U0001F3BB\U0001F34B\U0001F9ED");

        Assert.Contains(PasswordErrorCodes.TooShort, Codes(result));
    }

    [Fact]
    public async Task ValidateAsync_LengthCountsAfterNfkc()
    {
        // Four ligatures are four UTF-16 units, and eight letters after NFKC ("ffiffifflst").
        var result = await _validator.ValidateAsync(_manager, _user, "\uFB03\uFB04\uFB05\uFB00");

        Assert.DoesNotContain(PasswordErrorCodes.TooShort, Codes(result));
    }

    [Fact]
    public async Task ValidateAsync_SixtyFourCharacterPassphrase_IsAccepted()
    {
        const string Password = "the lighthouse keeper paints seashells blue on rainy thursday 64";
        Assert.Equal(64, Password.Length);

        var result = await _validator.ValidateAsync(_manager, _user, Password);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    [Fact]
    public async Task ValidateAsync_MaximumLength_IsAcceptedAndOneMoreIsTooLong()
    {
        var longest = string.Concat(Enumerable.Range(0, 32).Select(i => $"w{i:D2}rd-{(char)('a' + (i % 26))}x"))[..256];

        var accepted = await _validator.ValidateAsync(_manager, _user, longest);
        var refused = await _validator.ValidateAsync(_manager, _user, longest + "q");

        Assert.True(accepted.Succeeded, string.Join(", ", accepted.Errors.Select(e => e.Code)));
        var error = Assert.Single(refused.Errors);
        Assert.Equal(PasswordErrorCodes.TooLong, error.Code);
        Assert.Contains("256", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_HugePassword_IsTooLong()
    {
        var result = await _validator.ValidateAsync(_manager, _user, new string('x', 1_000_000));

        Assert.Equal(PasswordErrorCodes.TooLong, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("Password2024!")]
    [InlineData("Ｐａｓｓｗｏｒｄ１２３")]
    [InlineData("C0nf1d4nt!")]
    [InlineData("qwertyuiop")]
    public async Task ValidateAsync_CommonPassword_IsCommonAndTheDescriptionDoesNotRepeatIt(string password)
    {
        var result = await _validator.ValidateAsync(_manager, _user, password);

        Assert.Equal([PasswordErrorCodes.Common], Codes(result));
        AssertNoDescriptionContains(result, password);
    }

    [Theory]
    [InlineData("my name is marguerite dupont")]
    [InlineData("Marguerite.Dupont!")]
    [InlineData("m4rgu3r1t3.dup0nt is me")]
    [InlineData("Dupont1985!")]
    [InlineData("Boulangerie2024!")]
    public async Task ValidateAsync_BuiltOnTheAccountName_ContainsAccountName(string password)
    {
        var result = await _validator.ValidateAsync(_manager, _user, password);

        Assert.Contains(PasswordErrorCodes.ContainsAccountName, Codes(result));
        AssertNoDescriptionContains(result, password);
    }

    [Fact]
    public async Task ValidateAsync_UserNameThatIsNotAnEmailAddress_IsCheckedToo()
    {
        var user = IdentityServices.NewUser("kowalski", "jan@example.org");

        var result = await _validator.ValidateAsync(_manager, user, "agent kowalski reporting");

        Assert.Equal([PasswordErrorCodes.ContainsAccountName], Codes(result));
    }

    [Fact]
    public async Task ValidateAsync_StoreWithoutEmailAddresses_ChecksTheUserName()
    {
        using var services = IdentityServices.Build(new TestUserStore());
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var user = IdentityServices.NewUser("kowalski");

        var accepted = await _validator.ValidateAsync(manager, user, "penguins plan the heist");
        var refused = await _validator.ValidateAsync(manager, user, "kowalski-analysis");

        Assert.True(accepted.Succeeded);
        Assert.Equal([PasswordErrorCodes.ContainsAccountName], Codes(refused));
    }

    [Fact]
    public async Task ValidateAsync_LoneSurrogate_IsBrokenUnicodeAndTheDescriptionDoesNotRepeatIt()
    {
        const string Password = "secret-value-\uD800-more";

        var result = await _validator.ValidateAsync(_manager, _user, Password);

        Assert.Equal([PasswordErrorCodes.BrokenUnicode], Codes(result));
        AssertNoDescriptionContains(result, "secret-value");
    }

    [Fact]
    public async Task ValidateAsync_ShortAndCommon_ReportsBoth()
    {
        var result = await _validator.ValidateAsync(_manager, _user, "monkey1");

        Assert.Equal([PasswordErrorCodes.TooShort, PasswordErrorCodes.Common], Codes(result));
    }

    [Fact]
    public async Task ValidateAsync_ConfiguredMinimum_IsUsed()
    {
        var validator = new ConfidantPasswordValidator<ConfidantUser>(Options.Create(new PasswordPolicyOptions { MinimumLength = 12 }));

        var result = await validator.ValidateAsync(_manager, _user, "k7#Vq2!zWp3");

        Assert.Equal([PasswordErrorCodes.TooShort], Codes(result));
    }

    [Fact]
    public async Task ValidateAsync_NullPassword_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _validator.ValidateAsync(_manager, _user, null));
    }

    private static string[] Codes(IdentityResult result) => [.. result.Errors.Select(e => e.Code)];

    private static void AssertNoDescriptionContains(IdentityResult result, string password)
    {
        Assert.All(result.Errors, error => Assert.DoesNotContain(password, error.Description, StringComparison.OrdinalIgnoreCase));
    }
}
