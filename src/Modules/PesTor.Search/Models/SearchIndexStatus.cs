namespace PesTor.Search.Models;

/// <summary>What the status page shows for one index on this node.</summary>
/// <param name="Cursor">The last outbox message whose effect is committed in the index.</param>
/// <param name="PendingMessages">Outbox messages after the cursor (ids, so rolled-back ids count too).</param>
/// <param name="OldestPendingUtc">When the oldest message not yet indexed was written; null when caught up.</param>
public sealed record SearchIndexStatus(
    SearchIndexName Name,
    int Documents,
    long Cursor,
    long OutboxHead,
    long PendingMessages,
    DateTime? OldestPendingUtc,
    string Folder);

/// <summary>The indexer's state on this node.</summary>
public sealed record SearchIndexerStatus(
    IReadOnlyList<SearchIndexStatus> Indexes,
    DateTime? LastBatchUtc,
    string? LastError,
    DateTime? LastErrorUtc,
    bool RebuildRequested);
