using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Tests.Passwords;

/// <summary>Accounts in memory, with e-mail addresses too.</summary>
internal sealed class TestUserEmailStore : TestUserStore, IUserEmailStore<ConfidantUser>
{
    public Task<ConfidantUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Values.FirstOrDefault(u => u.NormalizedEmail == normalizedEmail));

    public Task<string?> GetEmailAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    public Task<bool> GetEmailConfirmedAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);

    public Task<string?> GetNormalizedEmailAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);

    public Task SetEmailAsync(ConfidantUser user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email;
        return Task.CompletedTask;
    }

    public Task SetEmailConfirmedAsync(ConfidantUser user, bool confirmed, CancellationToken cancellationToken)
    {
        user.EmailConfirmed = confirmed;
        return Task.CompletedTask;
    }

    public Task SetNormalizedEmailAsync(ConfidantUser user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail;
        return Task.CompletedTask;
    }
}
