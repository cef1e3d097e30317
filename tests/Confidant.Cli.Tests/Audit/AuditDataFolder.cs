using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Protection;
using Confidant.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Tests.Audit;

/// <summary>
/// A real data folder in a temp directory (key file and SQLite database), whose ledger is filled
/// by running the library on the same folder, as the server would; the CLI is then pointed at it.
/// </summary>
internal sealed class AuditDataFolder : IDisposable
{
    public AuditDataFolder() => Directory.CreateDirectory(Out);

    public string Folder { get; } = Directory.CreateTempSubdirectory("confidant-cli-audit-db-").FullName;

    public string Database => Path.Combine(Folder, "confidant.db");

    public string Out => Path.Combine(Folder, "out");

    /// <summary>Runs <paramref name="action"/> on the library's services for this folder, then lets go of the database.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        var services = new ServiceCollection()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(Folder, "keys", "kek.json"))
            .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Database}")
            .AddConfidantAudit()
            .BuildServiceProvider();
        try
        {
            return await action(services);
        }
        finally
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Appends <paramref name="count"/> distinct events (numbered from <paramref name="first"/>); optionally signs a checkpoint after them.</summary>
    public Task AppendAsync(int count, int first = 0, bool checkpoint = true) => WithServicesAsync(async services =>
    {
        var ledger = services.GetRequiredService<AuditLedger>();
        await ledger.GetHeadAsync(); // creates the database even when nothing is appended
        var appends = new List<Task<AuditReceipt>>();
        for (var i = first; i < first + count; i++)
        {
            appends.Add(ledger.AppendAsync(SampleEvent(i, ledger.Now)).AsTask());
        }

        await Task.WhenAll(appends);
        if (checkpoint)
        {
            await services.GetRequiredService<CheckpointService>().CheckpointNowAsync();
        }

        return 0;
    });

    /// <summary>Runs SQL statements on the database, as an administrator with write access could.</summary>
    public Task SqlAsync(params string[] statements) => WithServicesAsync(async services =>
    {
        var db = await services.GetRequiredService<ConfidantDbFactory>().CreateAsync();
        await using (db)
        {
            foreach (var sql in statements)
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }
        }

        return 0;
    });

    /// <summary>Every byte of the ledger's tables (entries, hashes, head, checkpoints), read back as text.</summary>
    public Task<string> LedgerTablesAsync() => WithServicesAsync(async services =>
    {
        var db = await services.GetRequiredService<ConfidantDbFactory>().CreateAsync();
        await using (db)
        {
            await db.Database.OpenConnectionAsync();
            var text = new System.Text.StringBuilder();
            foreach (var table in new[] { "audit_entries", "audit_hashes", "audit_head", "audit_checkpoints", "audit_signing_keys" })
            {
                using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var c = 0; c < reader.FieldCount; c++)
                    {
                        text.Append(reader.GetValue(c) switch
                        {
                            byte[] bytes => System.Text.Encoding.Latin1.GetString(bytes),
                            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                        }).Append('\n');
                    }
                }
            }

            return text.ToString();
        }
    });

    /// <summary>Runs the CLI with <c>--data</c> pointing here appended.</summary>
    public CliResult Run(params string[] args) => CliHarness.Run("", [.. args, "--data", Folder]);

    public static AuditEvent SampleEvent(int n, DateTimeOffset time) => new()
    {
        Type = AuditEventTypes.MessageStored,
        Time = time,
        Tenant = n % 2 == 0 ? "acme" : "globex",
        Actor = AuditActor.System("test"),
        Target = new AuditTarget { Type = "message", Ids = [$"m-{n}"], Classes = new Dictionary<string, int> { ["CARD_NUMBER"] = 1 + (n % 3) } },
        Outcome = AuditOutcome.Success,
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
