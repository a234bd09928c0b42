namespace PesTor.Search.Models;

/// <summary>Bound from <c>PesTor:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// Whether this node keeps its indexes up to date in the background. A node that serves no search (a worker, a bulk
    /// load) turns it off; its indexes catch up from the outbox when it is turned on again.
    /// </summary>
    public bool IndexInBackground { get; set; } = true;

    /// <summary>Outbox messages read per batch; each batch is one Lucene commit carrying the cursor.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the indexer looks at the outbox when nothing signalled it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a hole in the outbox ids is waited for before it is taken as a rolled-back transaction. On PostgreSQL a
    /// transaction that took an id earlier can commit after one that took a later id; skipping past it would lose it.
    /// </summary>
    public TimeSpan GapWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The indexes' folder; empty means <c>{AppData}/search</c>.</summary>
    public string? Folder { get; set; }
}
