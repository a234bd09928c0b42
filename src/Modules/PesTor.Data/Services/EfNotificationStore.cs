using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Notifications;

namespace PesTor.Data.Services;

internal sealed class EfNotificationStore(PesTorDbContext db, TimeProvider clock) : INotificationStore
{
    public async Task AddAsync(IReadOnlyList<UserNotification> notifications, CancellationToken cancellationToken = default)
    {
        db.Set<NotificationRecord>().AddRange(notifications.Select(n => new NotificationRecord
        {
            UserId = n.UserId,
            Title = n.Title,
            Body = n.Body,
            Link = n.Link,
            CreatedUtc = n.CreatedUtc,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<UserNotification>> ListAsync(string userId, int take, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<NotificationRecord>().AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(n => new UserNotification(n.UserId, n.Title, n.Body, n.Link, DateTime.SpecifyKind(n.CreatedUtc, DateTimeKind.Utc))
        {
            Id = n.Id,
            ReadUtc = n.ReadUtc is { } read ? DateTime.SpecifyKind(read, DateTimeKind.Utc) : null,
        }).ToList();
    }

    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<NotificationRecord>().CountAsync(n => n.UserId == userId && n.ReadUtc == null, cancellationToken);

    public async Task MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<NotificationRecord>().Where(n => n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
    }
}
