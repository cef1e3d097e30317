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
}
