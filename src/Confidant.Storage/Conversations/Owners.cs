using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage.Conversations;

/// <summary>Makes sure the tenant and customer rows exist before anything of theirs is stored.</summary>
internal static class Owners
{
    public static async Task EnsureAsync(ConfidantDbContext db, string tenantId, string? subjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken).ConfigureAwait(false))
        {
            await TryInsertAsync(db, new TenantRow { Id = tenantId, CreatedAt = now }, cancellationToken).ConfigureAwait(false);
        }

        if (subjectId is not null && !await db.Subjects.AnyAsync(s => s.TenantId == tenantId && s.Id == subjectId, cancellationToken).ConfigureAwait(false))
        {
            await TryInsertAsync(db, new SubjectRow { TenantId = tenantId, Id = subjectId, CreatedAt = now }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task TryInsertAsync<TRow>(ConfidantDbContext db, TRow row, CancellationToken cancellationToken)
        where TRow : class
    {
        var entry = db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another request inserted it first; that is all we wanted.
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Locks the customer's row (or the tenant's, for tenant keys) until the transaction ends, so
    /// that adding a key and erasing the customer never interleave. SQLite needs nothing: its
    /// write transactions already run one at a time.
    /// </summary>
    public static async Task LockAsync(ConfidantDbContext db, string tenantId, string? subjectId, CancellationToken cancellationToken)
    {
        if (db is not PostgresConfidantDbContext)
        {
            return;
        }

        if (subjectId is null)
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "tenants" WHERE "Id" = {tenantId} FOR UPDATE""", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "subjects" WHERE "TenantId" = {tenantId} AND "Id" = {subjectId} FOR UPDATE""", cancellationToken).ConfigureAwait(false);
        }
    }
}
