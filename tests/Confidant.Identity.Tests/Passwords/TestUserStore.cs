using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Tests.Passwords;

/// <summary>Accounts in memory, with names and password hashes but no e-mail addresses.</summary>
internal class TestUserStore : IUserPasswordStore<ConfidantUser>
{
    public ConcurrentDictionary<Guid, ConfidantUser> Users { get; } = new();

    public Task<IdentityResult> CreateAsync(ConfidantUser user, CancellationToken cancellationToken)
    {
        Users[user.Id] = user;
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> UpdateAsync(ConfidantUser user, CancellationToken cancellationToken)
    {
        Users[user.Id] = user;
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> DeleteAsync(ConfidantUser user, CancellationToken cancellationToken)
    {
        Users.TryRemove(user.Id, out _);
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<ConfidantUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Values.FirstOrDefault(u => u.Id.ToString() == userId));

    public Task<ConfidantUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Values.FirstOrDefault(u => u.NormalizedUserName == normalizedUserName));

    public Task<string?> GetNormalizedUserNameAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedUserName);

    public Task<string> GetUserIdAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.UserName);

    public Task SetNormalizedUserNameAsync(ConfidantUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName;
        return Task.CompletedTask;
    }

    public Task SetUserNameAsync(ConfidantUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(ConfidantUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetPasswordHashAsync(ConfidantUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public void Dispose() => GC.SuppressFinalize(this);
}
