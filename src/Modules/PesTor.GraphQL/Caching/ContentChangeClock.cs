using Microsoft.Extensions.DependencyInjection;
using PesTor.Data;

namespace PesTor.GraphQL.Caching;

/// <summary>
/// How far the content has changed, cheaply enough to ask on every request. Two counters: changes committed on this node
/// (bumped after each commit by <see cref="GraphQlResultInvalidation"/>, so this node's next request sees its own change at
/// once) and the outbox's newest message id (every content change on any node writes one in its own transaction), read
/// from the database at most once per <see cref="OutboxCheckInterval"/>, so another node's change is seen within that
/// time — as the definitions are (<c>ContentDefinitionCache</c>). Reading the outbox on every request was about half the
/// CPU of answering from the result cache.
/// </summary>
internal sealed class ContentChangeClock(TimeProvider clock)
{
    public static readonly TimeSpan OutboxCheckInterval = TimeSpan.FromSeconds(1);

    private long _localChanges;
    private volatile OutboxHead? _outbox;

    /// <summary>
    /// A change committed on this node. The outbox head is read again on the next request too, so answers built from now on
    /// carry the head that includes this change and stay valid when the head is next checked.
    /// </summary>
    public void Changed()
    {
        Interlocked.Increment(ref _localChanges);
        _outbox = null;
    }

    /// <summary>The local count first, then the outbox head (read now when the last reading is too old).</summary>
    public async ValueTask<(long LocalChanges, long LastOutboxId)> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var local = Interlocked.Read(ref _localChanges);
        var head = _outbox;
        var now = clock.GetUtcNow();
        if (head is null || now - head.ReadAt >= OutboxCheckInterval)
        {
            head = new OutboxHead(await services.GetRequiredService<IOutbox>().LastIdAsync(cancellationToken), now);
            _outbox = head;
        }

        return (local, head.LastId);
    }

    private sealed record OutboxHead(long LastId, DateTimeOffset ReadAt);
}
