using System.Data.Common;
using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Cli.Audit;
using Confidant.Identity.Accounts;
using Confidant.Identity.Data;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Keys;

/// <summary>
/// <c>keys erase</c>: destroys a customer's data keys, records the erasure in the audit ledger
/// (<see cref="AuditEventTypes.CustomerErased"/>, the customer named only by their audit
/// pseudonym), signs a checkpoint that covers it, and prints a receipt with which anyone can
/// later prove the erasure is in the log.
/// </summary>
internal static class CustomerErasure
{
    /// <summary>The erasure was done but could not be recorded in the audit log.</summary>
    public const string NotRecorded = "CONF-CLI-004";

    /// <summary>The customer's account belongs to another tenant than the one named: nothing was erased.</summary>
    public const string AccountOfOtherTenant = "CONF-CLI-005";

    /// <summary>
    /// Deletes the account a signed-in customer's subject id names (<see cref="AccountSubject"/>),
    /// with its sessions, devices and factors: its address and phone are sealed under the tenant's
    /// key, which the erasure does not destroy.
    /// </summary>
    private static async Task<AccountDeletion> DeleteAccountAsync(IServiceProvider services, string tenant, string customer, CliEnvironment environment)
    {
        if (!AccountSubject.TryParse(customer, out var userId))
        {
            return AccountDeletion.NoAccount;
        }

        var result = await services.GetRequiredService<IdentityDatabase>().DeleteAccountAsync(userId).ConfigureAwait(false);
        if (result == AccountDeletion.Deleted)
        {
            await environment.Out.WriteLineAsync("the customer's account is deleted: sign-in name, address, phone, sessions, trusted devices and factors").ConfigureAwait(false);
        }
        else if (result == AccountDeletion.OtherTenant)
        {
            await environment.Error.WriteLineAsync($"{AccountOfOtherTenant}: the customer's account does not open with tenant {tenant}'s key, so it belongs to another tenant; nothing was erased (check --tenant).").ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Erases the customer and writes the receipt to standard output; returns the exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, DataSource source, string tenant, string customer, CliEnvironment environment)
    {
        var scope = KeyScope.ForSubject(tenant, customer);
        var ring = services.GetRequiredService<DataKeyRing>();
        var ledger = services.GetRequiredService<AuditLedger>();
        var output = environment.Out;

        // The pseudonym is derived from the customer's own key, so it must be computed before that
        // key is destroyed; afterwards nobody can compute it (which is the point).
        string pseudonym;
        try
        {
            pseudonym = await services.GetRequiredService<AuditPseudonyms>().CustomerAsync(tenant, customer).ConfigureAwait(false);
        }
        catch (ProtectionException ex) when (ex.Code == ProtectionErrorCodes.ScopeErased)
        {
            await output.WriteLineAsync("the customer was already erased; the audit log holds that erasure (confidant audit list --event " + AuditEventTypes.CustomerErased.Id + ")").ConfigureAwait(false);
            // An erasure made before accounts went with it.
            return await DeleteAccountAsync(services, tenant, customer, environment).ConfigureAwait(false) == AccountDeletion.OtherTenant ? 2 : 0;
        }

        var erased = new AuditEvent
        {
            Type = AuditEventTypes.CustomerErased,
            Time = ledger.Now,
            Tenant = tenant,
            Actor = AuditActor.System("cli"),
            Target = new AuditTarget { Type = "customer", Ids = [pseudonym] },
            Outcome = AuditOutcome.Success,
            Reason = "customer-request",
        };

        // Checked before anything is destroyed: an event the ledger would refuse must stop the
        // erasure, not follow it. (Key scope ids are a subset of the audit alphabet today; this
        // keeps it safe if either rule changes.)
        try
        {
            AuditEntryCodec.Encode(erased);
        }
        catch (AuditFormatException ex)
        {
            await environment.Error.WriteLineAsync($"{ex.Message} Nothing was erased.").ConfigureAwait(false);
            return 2;
        }

        // The account first: should that fail, nothing is destroyed yet and the erasure can be run again.
        if (await DeleteAccountAsync(services, tenant, customer, environment).ConfigureAwait(false) == AccountDeletion.OtherTenant)
        {
            return 2;
        }

        await ring.EraseAsync(scope).ConfigureAwait(false);
        await output.WriteLineAsync("the customer's data keys are destroyed; their records read as erased").ConfigureAwait(false);

        AuditReceipt receipt;
        try
        {
            receipt = await ledger.AppendAsync(erased with { Time = ledger.Now }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AuditException or DbException)
        {
            await environment.Error.WriteLineAsync($"{NotRecorded}: the keys are destroyed, but the erasure could not be recorded in the audit log ({ex.Message}); record {AuditEventTypes.CustomerErased.Id} for tenant {tenant}, target customer {pseudonym}.").ConfigureAwait(false);
            return 1;
        }

        // The entry is committed; a checkpoint makes it provable to someone who trusts only our key.
        // Failing to sign one now loses nothing (the server's schedule or `audit checkpoint --new`
        // signs it later), so it is a warning, not a failed erasure.
        long? size = null;
        try
        {
            var checkpoint = await services.GetRequiredService<CheckpointService>().CheckpointNowAsync().ConfigureAwait(false);
            size = checkpoint is null ? null : Checkpoint.Parse(SignedNote.Parse(checkpoint).Text).Size;
        }
        catch (Exception ex) when (ex is AuditException or CheckpointException or ProtectionException or DbException)
        {
            await environment.Error.WriteLineAsync($"warning: the erasure is recorded, but no checkpoint could be signed ({ex.Message}); run `confidant audit checkpoint --new` before proving it.").ConfigureAwait(false);
        }

        await output.WriteLineAsync("erasure receipt:").ConfigureAwait(false);
        await output.WriteLineAsync($"  event: {AuditEventTypes.CustomerErased}").ConfigureAwait(false);
        await output.WriteLineAsync($"  tenant: {tenant}").ConfigureAwait(false);
        await output.WriteLineAsync($"  customer: {customer} (recorded as {pseudonym})").ConfigureAwait(false);
        await output.WriteLineAsync($"  entry index: {receipt.Index}").ConfigureAwait(false);
        await output.WriteLineAsync($"  leaf hash: {AuditInput.Hex(receipt.LeafHash)}").ConfigureAwait(false);
        await output.WriteLineAsync($"  checkpoint size: {size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none yet"}").ConfigureAwait(false);
        await output.WriteLineAsync($"  prove: confidant audit prove-inclusion {AuditDataOptions.CommandLineFor(source)} --index {receipt.Index}{(size is null ? "" : $" --size {size}")}").ConfigureAwait(false);
        return 0;
    }
}
