namespace PesTor.Notifications;

/// <summary>In-app notifications a user sees on their notifications page (implemented by the data module).</summary>
public interface INotificationStore
{
    /// <summary>Adds notifications in the current transaction.</summary>
    Task AddAsync(IReadOnlyList<UserNotification> notifications, CancellationToken cancellationToken = default);

    /// <summary>The user's notifications, newest first.</summary>
    Task<IReadOnlyList<UserNotification>> ListAsync(string userId, int take, CancellationToken cancellationToken = default);

    Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Marks the user's notifications read; only the user's own are touched.</summary>
    Task MarkAllReadAsync(string userId, CancellationToken cancellationToken = default);
}

public sealed record UserNotification(string UserId, string Title, string Body, string? Link, DateTime CreatedUtc)
{
    public long Id { get; init; }

    public DateTime? ReadUtc { get; init; }
}
