using System.Diagnostics;
using Confidant.Protection;
using Confidant.Redaction;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Confidant.Storage.Conversations;
using Confidant.Testing;
using Confidant.Testing.Canaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit.Abstractions;

namespace Confidant.Storage.Tests;

/// <summary>
/// The promise, checked end to end through the public API of detection, redaction, protection and
/// storage: thousands of planted values of every class go in, and afterwards no byte on disk (the
/// database files, their logs, a full dump, temp files) and no log line holds any of them, in any
/// common formatting.
/// </summary>
public abstract class PrivacyPromiseTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Tenant = "acme";
    private const int Customers = 20;
    private readonly DateTime _startedAt = DateTime.UtcNow.AddSeconds(-1);
    private string _folder = "";

    protected abstract Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync();

    /// <summary>Files and folders where the provider keeps data (besides the test folder), and a dump when the provider has one.</summary>
    protected abstract Task<(IReadOnlyList<string> Paths, string? Dump)> DatabaseFilesAsync(StorageOptions options);

    public Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("confidant-canary-").FullName;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task PlantedValues_AreNowhereOnDisk_NorInLogs()
    {
        var (options, skipReason) = await CreateDatabaseAsync();
        Skip.If(options is null, skipReason);
        var planted = CanaryValues.Generate(perClass: 200);
        var logs = new FakeLogCollector();
        var (accepted, blocked, withFindings) = (0, 0, 0);

        await using (var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace))
            .AddConfidantRedaction()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(_folder, "keys", "kek.json"))
            .AddConfidantStorage(o =>
            {
                o.Provider = options!.Provider;
                o.ConnectionString = options.ConnectionString ?? $"Data Source={Path.Combine(_folder, "confidant.db")}";
            })
            .BuildServiceProvider())
        {
            var processor = services.GetRequiredService<IMessageProcessor>();
            var store = services.GetRequiredService<ConversationStore>();
            var contexts = new List<(ConversationContext Context, Guid Conversation)>();
            for (var c = 0; c < Customers; c++)
            {
                var subject = $"cust-{c:00}";
                contexts.Add((new ConversationContext(Tenant, subject, new PseudonymTable()), await store.StartAsync(Tenant, subject, DateTimeOffset.UtcNow.AddDays(30))));
            }

            for (var i = 0; i < planted.Count; i++)
            {
                var (context, conversation) = contexts[i % Customers];
                using var raw = RawText.Copy(planted[i].Message);
                switch (await processor.ProcessAsync(raw, context))
                {
                    case AcceptedMessage message:
                        accepted++;
                        withFindings += message.Findings.Count > 0 ? 1 : 0;
                        await store.AppendAsync(NewMessage.FromAccepted(Tenant, context.SubjectId, conversation, raw, message, DateTimeOffset.UtcNow));
                        break;
                    case BlockedMessage:
                        blocked++;
                        break;
                    case var other:
                        Assert.Fail($"message {i} ({planted[i].DataClass}) was not processed: {other}");
                        break;
                }
            }

            foreach (var (context, conversation) in contexts)
            {
                await store.SaveStateAsync(Tenant, context.SubjectId, conversation, context.Pseudonyms.Export());
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var logFile = Path.Combine(_folder, "captured.log");
        await File.WriteAllLinesAsync(logFile, logs.GetSnapshot().Select(r => $"{r.Level} {r.Category} {r.Id} {r.Message} {r.Exception}"));
        var (databasePaths, dump) = await DatabaseFilesAsync(options!);
        var dumpFile = Path.Combine(_folder, "dump.sql");
        if (dump is not null)
        {
            await File.WriteAllTextAsync(dumpFile, dump);
        }

        var tempFiles = Directory.EnumerateFiles(Path.GetTempPath(), "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => !f.StartsWith(_folder, StringComparison.Ordinal) && SafeLastWrite(f) >= _startedAt && SafeLength(f) < 64 << 20)
            .ToList();
        var scanner = new CanaryScanner(planted.Select(p => p.Value));
        var stopwatch = Stopwatch.StartNew();
        var hits = scanner.Scan([_folder, .. databasePaths]);
        Assert.True(scanner.Unreadable.Count == 0, "could not read: " + string.Join(", ", scanner.Unreadable.Take(5)));
        hits = [.. hits, .. scanner.Scan(tempFiles)]; // other processes' temp files may vanish or be locked
        output.WriteLine($"{planted.Count} planted messages: {accepted} accepted ({withFindings} with findings), {blocked} blocked; " +
            $"{scanner.NeedleCount} byte patterns searched in the test folder, {databasePaths.Count} database paths, {tempFiles.Count} temp files in {stopwatch.ElapsedMilliseconds} ms");

        // The test is only worth something if the values went in, were found, and the scanner can see them.
        Assert.Equal(planted.Count, accepted + blocked);
        Assert.True(withFindings + blocked >= planted.Count * 0.9, $"only {withFindings + blocked} of {planted.Count} messages had findings");
        Assert.True(blocked >= 400, $"CVV and password messages should be blocked; {blocked} were");
        var control = Path.Combine(_folder, "control.bin");
        await File.WriteAllTextAsync(control, $"x {planted[0].Value} y {planted[3].Value.ToUpperInvariant()}");
        Assert.Equal(2, scanner.Scan([control]).Count);
        File.Delete(control);

        Assert.True(hits.Count == 0, "planted values found: " + string.Join("; ", hits.Take(20).Select(h => $"{Path.GetFileName(h.File)}: {planted.First(p => p.Value == h.Value).DataClass}")));
    }

    private static DateTime SafeLastWrite(string file)
    {
        try
        {
            return File.GetLastWriteTimeUtc(file);
        }
        catch (IOException)
        {
            return DateTime.MinValue;
        }
    }

    private static long SafeLength(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return long.MaxValue;
        }
    }
}

public sealed class SqlitePrivacyPromiseTests(ITestOutputHelper output) : PrivacyPromiseTests(output)
{
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() =>
        Task.FromResult<(StorageOptions?, string?)>((new StorageOptions { Provider = StorageProvider.Sqlite }, null));

    // The database, its WAL and shared-memory files are in the test folder, which is always scanned.
    protected override Task<(IReadOnlyList<string> Paths, string? Dump)> DatabaseFilesAsync(StorageOptions options) =>
        Task.FromResult<(IReadOnlyList<string>, string?)>(([], null));
}

[Collection(PostgresGroup.Name)]
public sealed class PostgresPrivacyPromiseTests(PostgresServer server, ITestOutputHelper output) : PrivacyPromiseTests(output)
{
    protected override async Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync()
    {
        if (server.UnavailableReason is not null)
        {
            return PostgresServer.IsCi ? throw new InvalidOperationException("CI requires PostgreSQL: " + server.UnavailableReason) : (null, server.UnavailableReason);
        }

        return (new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() }, null);
    }

    protected override async Task<(IReadOnlyList<string> Paths, string? Dump)> DatabaseFilesAsync(StorageOptions options)
    {
        // Push everything from shared buffers and the WAL into the data files before reading them.
        await using (var connection = new Npgsql.NpgsqlConnection(options.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("CHECKPOINT", connection);
            await command.ExecuteNonQueryAsync();
        }

        var paths = new[] { server.DataDirectory, server.LogFile }.OfType<string>().ToList();
        return (paths, server.Dump(options.ConnectionString!));
    }
}
