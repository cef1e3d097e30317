using Confidant.Identity.Accounts;
using Confidant.Identity.Messaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Server.Tests.Account;

/// <summary>
/// The whole server in process on a temp data folder, on a clock the test moves (TOTP steps,
/// throttle delays, idle timeouts), with the password hasher counted (to see that an unknown
/// account costs the same hashing as a known one). Security messages go to the development outbox,
/// which the tests read as the customer's phone or mailbox.
/// </summary>
public sealed class AccountHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    private readonly Action<IServiceCollection>? _services;

    public AccountHost(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        DataFolder = Directory.CreateTempSubdirectory("confidant-account-").FullName;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
    }

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CountingHasher Hasher { get; } = new();

    public Microsoft.Extensions.Logging.Testing.FakeLogCollector Logs { get; } = new();

    /// <summary>Every log record's text, for canary checks.</summary>
    public string AllLogText() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Category} {r.Message} {r.Exception}"));

    public string OutboxPath => Path.Combine(DataFolder, "outbox", "security-messages.jsonl");

    /// <summary>A browser: its own cookie jar, HTTPS, following redirects.</summary>
    public AccountBrowser Browser(string userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = true });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return new AccountBrowser(client);
    }

    /// <summary>Messages sent so far to one address.</summary>
    public async Task<IReadOnlyList<DevelopmentOutboxEntry>> MessagesToAsync(string recipient) =>
        File.Exists(OutboxPath)
            ? (await DevelopmentOutbox.ReadAllAsync(OutboxPath)).Where(m => m.Recipient == recipient).ToList()
            : [];

    /// <summary>The code in the newest message of a kind to an address.</summary>
    public async Task<string> LatestCodeAsync(string recipient, SecurityMessageKind kind)
    {
        var message = (await MessagesToAsync(recipient)).LastOrDefault(m => m.Kind == kind)
            ?? throw new InvalidOperationException($"no {kind} message to the test account");
        return System.Text.RegularExpressions.Regex.Match(message.Body, @"\b\d{6}\b").Value;
    }

    /// <summary>Creates a staff account directly (staff are not self-registered).</summary>
    public async Task CreateStaffAsync(string email, string password, string role)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ConfidantRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Assert.True((await roles.CreateAsync(new ConfidantRole(role))).Succeeded);
        }

        var user = new ConfidantUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CodeChannel = "email", CreatedAt = Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Confidant:Server:DataFolder", DataFolder);
        builder.UseSetting("Confidant:Audit:CheckpointInterval", "00:00:00");
        builder.UseSetting("Confidant:Server:RateLimits:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddLogging(b => b.AddProvider(new Microsoft.Extensions.Logging.Testing.FakeLoggerProvider(Logs)).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            var inner = services.Last(d => d.ServiceType == typeof(IPasswordHasher<ConfidantUser>));
            services.Remove(inner);
            services.AddSingleton<IPasswordHasher<ConfidantUser>>(sp =>
            {
                Hasher.Inner = (IPasswordHasher<ConfidantUser>)(inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!));
                return Hasher;
            });
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    /// <summary>Counts password verifications around the real hasher.</summary>
    public sealed class CountingHasher : IPasswordHasher<ConfidantUser>
    {
        private int _verifications;
        private int _hashes;

        public IPasswordHasher<ConfidantUser> Inner { get; set; } = null!;

        public int Verifications => Volatile.Read(ref _verifications);

        /// <summary>Hashes made (Argon2id work too).</summary>
        public int Hashes => Volatile.Read(ref _hashes);

        public string HashPassword(ConfidantUser user, string password)
        {
            Interlocked.Increment(ref _hashes);
            return Inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(ConfidantUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return Inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
