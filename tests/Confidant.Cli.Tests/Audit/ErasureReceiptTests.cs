using Confidant.Audit.Events;
using Confidant.Protection.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Tests.Audit;

/// <summary><c>keys erase</c> records the erasure in the audit log, under the customer's pseudonym only, and hands out a receipt that proves it.</summary>
public sealed class ErasureReceiptTests : IDisposable
{
    private const string Customer = "cust-8c5d2e41";
    private readonly AuditDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Erase_PrintsAReceipt_WhoseProofVerifies()
    {
        var pseudonym = await SeedAsync();

        var erased = CliHarness.Run("", "keys", "erase", "--data", _folder.Folder, "--tenant", "acme", "--customer", Customer, "--yes");

        Assert.True(erased.ExitCode == 0, erased.Error);
        Assert.Contains("  entry index: 3", erased.Lines);
        Assert.Contains("  checkpoint size: 4", erased.Lines);
        var prove = erased.Lines.Single(l => l.StartsWith("  prove: confidant ", StringComparison.Ordinal))["  prove: confidant ".Length..];
        var proof = CliHarness.Run("", prove.Split(' '));
        Assert.True(proof.ExitCode == 0, proof.Error);
        var leafHash = erased.Lines.Single(l => l.StartsWith("  leaf hash: ", StringComparison.Ordinal))["  leaf hash: ".Length..];
        Assert.Contains($"leaf-hash: {leafHash}", proof.Lines);
        AuditAssert.Holds(DatabaseCommandTests.RunPrinted(proof));

        var listed = _folder.Run("audit", "list", "--event", AuditEventTypes.CustomerErased.Id);
        var columns = listed.Lines.Single().Split('\t');
        Assert.Equal(["3", "CONF-AUD-020", "customer.erase", "acme", "system:cli", "success", "customer", pseudonym], [columns[0], .. columns[2..9]]);
        Assert.Equal("customer-request", columns[11]);
    }

    [Fact]
    public async Task TheLedgerAndItsExport_HoldNoCustomerId()
    {
        var pseudonym = await SeedAsync();
        Assert.Equal(0, CliHarness.Run("", "keys", "erase", "--data", _folder.Folder, "--tenant", "acme", "--customer", Customer, "--yes").ExitCode);
        var export = Path.Combine(_folder.Out, "audit.jsonl");
        Assert.Equal(0, _folder.Run("audit", "export", "--out", export).ExitCode);

        var ledger = await _folder.LedgerTablesAsync();
        var exported = string.Concat(File.ReadAllLines(export).Select(l => System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(l.Split("\"entry\":\"")[1].TrimEnd('"', '}')))));

        // The key tables keep the id (that is how the erasure is known); the audit log never does.
        Assert.Contains(pseudonym, ledger, StringComparison.Ordinal);
        Assert.DoesNotContain(Customer, ledger, StringComparison.Ordinal);
        Assert.Contains(pseudonym, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(Customer, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(Customer, File.ReadAllText(export), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasingTwice_WritesOneEntry()
    {
        await SeedAsync();
        Assert.Equal(0, CliHarness.Run("", "keys", "erase", "--data", _folder.Folder, "--tenant", "acme", "--customer", Customer, "--yes").ExitCode);

        var again = CliHarness.Run("", "keys", "erase", "--data", _folder.Folder, "--tenant", "acme", "--customer", Customer, "--yes");

        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(again.Lines, l => l.StartsWith("erasure receipt", StringComparison.Ordinal));
        Assert.Single(_folder.Run("audit", "list", "--event", AuditEventTypes.CustomerErased.Id).Lines);
    }

    /// <summary>Three events in the log and a customer with a data key; returns the customer's audit pseudonym.</summary>
    private async Task<string> SeedAsync()
    {
        await _folder.AppendAsync(3);
        return await _folder.WithServicesAsync(async s =>
        {
            await s.GetRequiredService<DataKeyRing>().GetCurrentVersionAsync(KeyScope.ForSubject("acme", Customer));
            return await s.GetRequiredService<AuditPseudonyms>().CustomerAsync("acme", Customer);
        });
    }
}
