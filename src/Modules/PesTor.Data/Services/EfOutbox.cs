using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;

namespace PesTor.Data.Services;

internal sealed class EfOutbox(PesTorDbContext db, ContentVersion version, TimeProvider clock) : IOutbox
{
    public async Task EnqueueAsync(string topic, string? contentItemId, string payload, CancellationToken cancellationToken = default)
    {
        db.OutboxMessages.Add(new OutboxMessageRecord
        {
            Topic = topic,
            ContentItemId = contentItemId,
            Payload = payload,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            version.Forget();
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> ReadAfterAsync(long afterId, int batchSize, CancellationToken cancellationToken = default) =>
        await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Id > afterId)
            .OrderBy(m => m.Id)
            .Take(batchSize)
            .Select(m => new OutboxMessage(m.Id, m.Topic, m.ContentItemId, m.Payload, DateTime.SpecifyKind(m.CreatedUtc, DateTimeKind.Utc)))
            .ToListAsync(cancellationToken);

    public async Task<long> LastIdAsync(CancellationToken cancellationToken = default) =>
        await db.OutboxMessages.AsNoTracking().MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
}
