using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Indicators;

namespace PesTor.Data.Services;

internal sealed class EfIndicatorHistoryStore(PesTorDbContext db) : IIndicatorHistoryStore
{
    public async Task AddAsync(IndicatorHistoryEntry entry, CancellationToken cancellationToken = default)
    {
        db.Set<IndicatorHistoryRecord>().Add(new IndicatorHistoryRecord
        {
            IndicatorContentItemId = entry.IndicatorContentItemId,
            RecordedUtc = entry.RecordedUtc,
            Value = entry.Value,
            Source = entry.Source.ToString(),
            Note = entry.Note,
            UserName = entry.UserName,
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

    public async Task<IReadOnlyList<IndicatorHistoryEntry>> ListAsync(IReadOnlyCollection<string> indicatorContentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = indicatorContentItemIds.ToList();
        var rows = await db.Set<IndicatorHistoryRecord>().AsNoTracking()
            .Where(r => ids.Contains(r.IndicatorContentItemId))
            .OrderBy(r => r.RecordedUtc).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new IndicatorHistoryEntry(
            r.IndicatorContentItemId, DateTime.SpecifyKind(r.RecordedUtc, DateTimeKind.Utc), r.Value, Enum.Parse<IndicatorValueSource>(r.Source), r.Note, r.UserName)
        { Id = r.Id }).ToList();
    }
}
