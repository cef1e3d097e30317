using System.CommandLine;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Identity;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Server.Hosting.KeyRing;
using Confidant.Storage;
using Confidant.Storage.Jobs;
using Confidant.Storage.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Keys;

/// <summary>
/// <c>confidant keys status | rotate-kek | rotate | reseal | erase</c>: the key hierarchy of a data
/// folder (embedded SQLite and key file) or of a PostgreSQL database, for an operator.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = DataFolderServices.CreateDataOption(recursive: true);
        var postgres = DataFolderServices.CreatePostgresOption(recursive: true);
        var tenant = new Option<string>("--tenant") { Description = "Tenant id.", Required = true };
        var subject = new Option<string>("--customer") { Description = "Customer (subject) id.", Required = true };
        var yes = new Option<bool>("--yes") { Description = "Confirm: the customer's data becomes unreadable for good." };

        var status = new Command("status", "Show the key-encryption key and how many data keys it wraps (no key material).");
        status.SetAction(p => Run(environment, p.GetValue(data)!, p.GetValue(postgres), (services, output) => StatusAsync(services, output)));

        var rotateKek = new Command("rotate-kek", "Make a new key-encryption key current and rewrap every data key (records are not re-encrypted).");
        rotateKek.SetAction(p => Run(environment, p.GetValue(data)!, p.GetValue(postgres), async (services, output) =>
        {
            var count = await services.GetRequiredService<DataKeyRing>().RotateKeyEncryptionKeyAsync().ConfigureAwait(false);
            var current = await services.GetRequiredService<IKeyEncryptionKeyProvider>().GetCurrentKeyIdAsync().ConfigureAwait(false);
            var signingKey = await services.GetRequiredService<CheckpointService>().RewrapSigningKeyAsync().ConfigureAwait(false);
            await RecordAsync(services, AuditEventTypes.KeyEncryptionKeyRotated, "*", new AuditTarget { Type = "key-encryption-key", Ids = [current] }).ConfigureAwait(false);
            await output.WriteLineAsync($"key-encryption key {current} is current; {count} data keys rewrapped{(signingKey ? ", and the audit log's signing key" : "")}").ConfigureAwait(false);
        }));

        var rotate = new Command("rotate", "Make a new data key current for a customer; run `keys reseal` (or let the server's maintenance do it) to re-seal old records.") { tenant, subject };
        rotate.SetAction(p => Run(environment, p.GetValue(data)!, p.GetValue(postgres), async (services, output) =>
        {
            var version = await services.GetRequiredService<DataKeyRing>().RotateDataKeyAsync(KeyScope.ForSubject(p.GetValue(tenant)!, p.GetValue(subject)!)).ConfigureAwait(false);
            var customer = await services.GetRequiredService<AuditPseudonyms>().CustomerAsync(p.GetValue(tenant)!, p.GetValue(subject)!).ConfigureAwait(false);
            await RecordAsync(services, AuditEventTypes.DataKeyRotated, p.GetValue(tenant)!, new AuditTarget { Type = "customer", Ids = [customer, $"version:{version}"] }).ConfigureAwait(false);
            await output.WriteLineAsync($"data key version {version} is current for the customer").ConfigureAwait(false);
        }));

        var reseal = new Command("reseal", "Re-seal every record still under an older data key version (resumable).");
        reseal.SetAction(p => Run(environment, p.GetValue(data)!, p.GetValue(postgres), async (services, output) =>
        {
            var count = await services.GetRequiredService<ResealJob>().RunAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"{count} records re-sealed").ConfigureAwait(false);
        }));

        var erase = new Command("erase", "Crypto-shred a customer: destroy their data keys, so everything sealed for them can never be read again; record it in the audit log and print a receipt.") { tenant, subject, yes };
        erase.SetAction(p =>
        {
            if (!p.GetValue(yes))
            {
                environment.Error.WriteLine("CONF-CLI-001: erasing a customer cannot be undone; add --yes to confirm.");
                return 2;
            }

            var source = new DataSource(p.GetValue(data)!, p.GetValue(postgres));
            return DataFolderServices.Run(environment, source, services => CustomerErasure.RunAsync(services, source, p.GetValue(tenant)!, p.GetValue(subject)!, environment), unusableExitCode: 1,
                more: s =>
                {
                    // A signed-in customer's account is deleted with their keys.
                    s.AddLogging();
                    s.AddConfidantKeyRing();
                    s.AddConfidantIdentity(o => o.Tenant = p.GetValue(tenant)!);
                });
        });

        return new Command("keys", "Manage the key hierarchy: status, rotate-kek, rotate, reseal, erase.") { data, postgres, status, rotateKek, rotate, reseal, erase };
    }

    /// <summary>Writes what an operator did with the keys to the audit log (actor system:cli; ids and versions only).</summary>
    private static async Task RecordAsync(IServiceProvider services, AuditEventType type, string tenant, AuditTarget target)
    {
        var ledger = services.GetRequiredService<AuditLedger>();
        await ledger.AppendAsync(new AuditEvent
        {
            Type = type,
            Time = ledger.Now,
            Tenant = tenant,
            Actor = AuditActor.System("cli"),
            Target = target,
            Outcome = AuditOutcome.Success,
            Reason = "operator",
        }).ConfigureAwait(false);
    }

    private static async Task StatusAsync(IServiceProvider services, TextWriter output)
    {
        var provider = services.GetRequiredService<IKeyEncryptionKeyProvider>();
        var current = await provider.GetCurrentKeyIdAsync().ConfigureAwait(false);
        var db = await services.GetRequiredService<ConfidantDbFactory>().CreateAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var byKek = await db.Database
                .SqlQuery<KeyCount>($"""SELECT "KeyEncryptionKeyId" AS "Kek", COUNT(*) AS "Count" FROM "data_keys" GROUP BY "KeyEncryptionKeyId" """)
                .ToListAsync().ConfigureAwait(false);
            var erased = await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "key_erasures" """).SingleAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"key provider: {provider.Name}").ConfigureAwait(false);
            await output.WriteLineAsync($"current key-encryption key: {current}").ConfigureAwait(false);
            foreach (var row in byKek.OrderBy(r => r.Kek, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {row.Kek}: {row.Count} data keys{(row.Kek == current ? "" : " (rotate-kek to rewrap)")}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"erased scopes: {erased}").ConfigureAwait(false);
        }
    }

    private static int Run(CliEnvironment environment, DirectoryInfo data, string? postgres, Func<IServiceProvider, TextWriter, Task> action) =>
        DataFolderServices.Run(
            environment,
            new DataSource(data, postgres),
            async services =>
            {
                await action(services, environment.Out).ConfigureAwait(false);
                return 0;
            },
            unusableExitCode: 1);

    private sealed record KeyCount(string Kek, int Count);
}
