namespace PesTor.Data;

/// <summary>
/// An append-only log of side effects written in the same transaction as the change that caused them. Consumers
/// (search indexing, webhooks, e-mail) read it after their own cursor, so a crash replays instead of losing work.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds a message to the current transaction.</summary>
    Task EnqueueAsync(string topic, string? contentItemId, string payload, CancellationToken cancellationToken = default);

    /// <summary>Messages with an id greater than <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadAfterAsync(long afterId, int batchSize, CancellationToken cancellationToken = default);

    /// <summary>The id of the newest message (0 when empty): where a rebuilt consumer starts, and how far behind one is.</summary>
    Task<long> LastIdAsync(CancellationToken cancellationToken = default);
}

public sealed record OutboxMessage(long Id, string Topic, string? ContentItemId, string Payload, DateTime CreatedUtc);
