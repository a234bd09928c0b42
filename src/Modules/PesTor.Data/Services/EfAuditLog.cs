using Microsoft.EntityFrameworkCore;
using PesTor.Audit;
using PesTor.Data.Records;

namespace PesTor.Data.Services;

internal sealed class EfAuditLog(PesTorDbContext db) : IAuditLog
{
    public async Task AddAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        db.Set<AuditEntryRecord>().Add(new AuditEntryRecord
        {
            CreatedUtc = entry.CreatedUtc,
            Actor = entry.Actor,
            Action = entry.Action,
            ContentItemId = entry.ContentItemId,
            Message = entry.Message,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<AuditEntryRecord>().AsNoTracking()
            .OrderByDescending(a => a.CreatedUtc).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(a => new AuditEntry(DateTime.SpecifyKind(a.CreatedUtc, DateTimeKind.Utc), a.Actor, a.Action, a.ContentItemId, a.Message) { Id = a.Id }).ToList();
    }
}
