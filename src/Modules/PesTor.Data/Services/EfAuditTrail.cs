using Microsoft.EntityFrameworkCore;
using PesTor.Audit;
using PesTor.Data.Records;

namespace PesTor.Data.Services;

internal sealed class EfAuditTrail(PesTorDbContext db) : IAuditTrail
{
    private const int MaxDisplayText = 500;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        db.Set<AuditRecord>().Add(new AuditRecord
        {
            Action = entry.Action,
            ContentItemId = entry.ContentItemId,
            ContentItemVersionId = entry.ContentItemVersionId,
            ContentType = entry.ContentType,
            DisplayText = entry.DisplayText.Length > MaxDisplayText ? entry.DisplayText[..MaxDisplayText] : entry.DisplayText,
            UserId = entry.UserId,
            UserName = entry.UserName,
            CreatedUtc = entry.CreatedUtc,
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

    public async Task<IReadOnlyList<AuditEntry>> ForItemAsync(string contentItemId, int take, CancellationToken cancellationToken = default) =>
        await Entries(db.Set<AuditRecord>().AsNoTracking().Where(r => r.ContentItemId == contentItemId).OrderByDescending(r => r.Id).Take(take))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        await Entries(db.Set<AuditRecord>().AsNoTracking().OrderByDescending(r => r.Id).Skip(skip).Take(take)).ToListAsync(cancellationToken);

    private static IQueryable<AuditEntry> Entries(IQueryable<AuditRecord> records) => records.Select(r => new AuditEntry(
        r.Action, r.ContentItemId, r.ContentItemVersionId, r.ContentType, r.DisplayText, r.UserId, r.UserName,
        DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc)));
}
