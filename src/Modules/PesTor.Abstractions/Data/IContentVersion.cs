namespace PesTor.Data;

/// <summary>
/// Where the content stands: the outbox's newest message id, which every create, update, publish, unpublish, removal and
/// import writes in its own transaction on any node. Read once per scope (a request asks the database once however many
/// caches check it) and read again after the scope itself writes a change. Caches of published content stamp their entries
/// with it and serve an entry only while it is unchanged, so a change shows on the next request on every node.
/// </summary>
public interface IContentVersion
{
    Task<long> CurrentAsync(CancellationToken cancellationToken = default);
}
