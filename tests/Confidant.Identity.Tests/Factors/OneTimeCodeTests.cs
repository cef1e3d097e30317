using Confidant.Identity.Factors;
using Confidant.Identity.Tests.Harness;
using Confidant.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Factors;

/// <summary>One-time codes: six digits from a CSPRNG, bound, single use, ten minutes, few tries, few sends.</summary>
public sealed class OneTimeCodeTests : IAsyncLifetime
{
    private IdentityHarness _harness = null!;
    private Guid _user;

    private OneTimeCodes Codes => _harness.Services.GetRequiredService<OneTimeCodes>();

    public async Task InitializeAsync()
    {
        _harness = await IdentityHarness.CreateAsync(new StorageOptions { Provider = StorageProvider.Sqlite });
        using var scope = _harness.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var user = new ConfidantUser { Id = Guid.NewGuid(), UserName = "c@example.com", Email = "c@example.com" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        _user = user.Id;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_code_works_once_for_what_it_was_sent_for_and_for_ten_minutes()
    {
        var attempt = Guid.NewGuid();
        var code = await Codes.IssueAsync(_user, attempt);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.False(await Codes.VerifyAsync(_user, Guid.NewGuid(), code)); // another attempt
        Assert.False(await Codes.VerifyAsync(Guid.NewGuid(), attempt, code)); // another account
        Assert.True(await Codes.VerifyAsync(_user, attempt, code));
        Assert.False(await Codes.VerifyAsync(_user, attempt, code)); // used

        var late = Guid.NewGuid();
        var expiring = await Codes.IssueAsync(_user, late);
        _harness.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(await Codes.VerifyAsync(_user, late, expiring));
    }

    [Fact]
    public async Task A_new_code_replaces_the_last_and_an_attempt_gets_only_a_few()
    {
        var attempt = Guid.NewGuid();
        var first = await Codes.IssueAsync(_user, attempt);
        var second = await Codes.IssueAsync(_user, attempt);
        var third = await Codes.IssueAsync(_user, attempt);
        Assert.Null(await Codes.IssueAsync(_user, attempt));
        if (first != third)
        {
            Assert.False(await Codes.VerifyAsync(_user, attempt, first));
        }

        Assert.NotNull(second);
        Assert.True(await Codes.VerifyAsync(_user, attempt, third));
    }

    [Fact]
    public async Task Five_wrong_guesses_end_a_code()
    {
        var attempt = Guid.NewGuid();
        var code = await Codes.IssueAsync(_user, attempt);
        var wrong = ((int.Parse(code!, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 5; i++)
        {
            Assert.False(await Codes.VerifyAsync(_user, attempt, wrong));
        }

        Assert.False(await Codes.VerifyAsync(_user, attempt, code));
    }

    [Fact]
    public async Task Codes_are_spread_over_all_six_digit_values()
    {
        // A CSPRNG draw: over 300 codes every digit position takes many values and leading zeros occur.
        var codes = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var attempt = Guid.NewGuid();
            for (var j = 0; j < 3; j++)
            {
                codes.Add((await Codes.IssueAsync(_user, attempt))!);
            }
        }

        Assert.True(codes.Distinct().Count() > 290);
        for (var position = 0; position < 6; position++)
        {
            Assert.True(codes.Select(c => c[position]).Distinct().Count() >= 9, $"digit {position} barely varies");
        }
    }
}
