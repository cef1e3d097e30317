using Confidant.Protection;
using Confidant.Redaction.Text;
using Confidant.Storage;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Tests.Keys;

public sealed class KeysCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("confidant-cli-keys-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Status_ShowsTheCurrentKeyEncryptionKey_AndRotateKek_RewrapsEveryDataKey()
    {
        var conversation = await SeedAsync();

        var before = CliHarness.Run("", "keys", "status", "--data", _data);
        var rotated = CliHarness.Run("", "keys", "rotate-kek", "--data", _data);
        var after = CliHarness.Run("", "keys", "status", "--data", _data);

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("key provider: key-file", before.Output, StringComparison.Ordinal);
        Assert.Contains(": 1 data keys", before.Output, StringComparison.Ordinal);
        Assert.Equal(0, rotated.ExitCode);
        Assert.Contains("1 data keys rewrapped", rotated.Output, StringComparison.Ordinal);
        var current = after.Output.Split('\n').Single(l => l.StartsWith("current key-encryption key: ", StringComparison.Ordinal))["current key-encryption key: ".Length..];
        Assert.Contains($"  {current}: 1 data keys", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("rotate-kek to rewrap", after.Output, StringComparison.Ordinal);
        Assert.Equal("hello", await ReadOriginalAsync(conversation));

        var audited = CliHarness.Run("", "audit", "list", "--data", _data, "--event", "CONF-AUD-023", "--json");
        Assert.Equal(0, audited.ExitCode);
        Assert.Contains(current, audited.Output, StringComparison.Ordinal);
        Assert.Contains("system:cli", audited.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateThenReseal_MovesRecordsToTheNewKey()
    {
        var conversation = await SeedAsync();

        var rotate = CliHarness.Run("", "keys", "rotate", "--data", _data, "--tenant", "acme", "--customer", "cust-1");
        Assert.Contains("CONF-AUD-022", CliHarness.Run("", "audit", "list", "--data", _data, "--event", "CONF-AUD-022", "--json").Output, StringComparison.Ordinal);
        var reseal = CliHarness.Run("", "keys", "reseal", "--data", _data);
        var again = CliHarness.Run("", "keys", "reseal", "--data", _data);

        Assert.Contains("data key version 2 is current", rotate.Output, StringComparison.Ordinal);
        Assert.Contains("1 records re-sealed", reseal.Output, StringComparison.Ordinal);
        Assert.Contains("0 records re-sealed", again.Output, StringComparison.Ordinal);
        Assert.Equal("hello", await ReadOriginalAsync(conversation));
    }

    [Fact]
    public async Task Erase_NeedsYes_ThenMakesTheCustomersRecordsReadAsErased()
    {
        var conversation = await SeedAsync();

        var refused = CliHarness.Run("", "keys", "erase", "--data", _data, "--tenant", "acme", "--customer", "cust-1");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("CONF-CLI-001", refused.Error, StringComparison.Ordinal);
        Assert.Equal("hello", await ReadOriginalAsync(conversation));

        var erased = CliHarness.Run("", "keys", "erase", "--data", _data, "--tenant", "acme", "--customer", "cust-1", "--yes");

        Assert.Equal(0, erased.ExitCode);
        Assert.Null(await ReadOriginalAsync(conversation));
        Assert.Contains("erased scopes: 1", CliHarness.Run("", "keys", "status", "--data", _data).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingKeyFile_IsReported_AndNoNewKeyFileIsLeftBehind()
    {
        await SeedAsync();
        File.Delete(Path.Combine(_data, "keys", "kek.json"));

        var result = CliHarness.Run("", "keys", "status", "--data", _data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(ProtectionErrorCodes.KeyFileUnreadable, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "keys", "kek.json")));
    }

    [Fact]
    public void NoDatabase_IsReported_WithoutCreatingOne()
    {
        var empty = Path.Combine(_data, "nothing-here");

        var result = CliHarness.Run("", "keys", "status", "--data", empty);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CONF-CLI-002", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(empty));
    }

    private ServiceProvider Services() => new ServiceCollection()
        .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(_data, "keys", "kek.json"))
        .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Path.Combine(_data, "confidant.db")}")
        .BuildServiceProvider();

    private async Task<Guid> SeedAsync()
    {
        await using var services = Services();
        var store = services.GetRequiredService<ConversationStore>();
        var conversation = await store.StartAsync("acme", "cust-1", DateTimeOffset.UtcNow.AddDays(1));
        using var raw = RawText.Copy("hello");
        await store.AppendAsync(new NewMessage { TenantId = "acme", SubjectId = "cust-1", ConversationId = conversation, Original = raw, Views = new Dictionary<string, string> { ["transcript"] = "hello" }, RetainUntil = DateTimeOffset.UtcNow.AddDays(1) });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return conversation;
    }

    private async Task<string?> ReadOriginalAsync(Guid conversation)
    {
        await using var services = Services();
        var message = Assert.Single(await services.GetRequiredService<ConversationStore>().ReadAsync("acme", "cust-1", conversation, "original"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return message.Text;
    }
}
