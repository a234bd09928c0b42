using PesTor.Data.Queries;

namespace PesTor.Data.Services;

/// <summary>
/// The scope's <see cref="IContentVersion"/>: the newest outbox id, asked of the database on first use and kept for the
/// scope. <see cref="EfOutbox"/> forgets it when the scope writes a message, so a request that changes content and then
/// reads a cache sees its own change.
/// </summary>
internal sealed class ContentVersion(SqlRunner sql) : IContentVersion
{
    // Read on almost every page: through SqlRunner, as EF Core's LINQ pipeline was most of its cost.
    private static readonly SqlQuery Newest = new("SELECT MAX(\"Id\") FROM \"OutboxMessages\"", []);

    private long? _current;

    public async Task<long> CurrentAsync(CancellationToken cancellationToken = default) =>
        _current ??= await sql.ScalarAsync<long?>(Newest, cancellationToken) ?? 0;

    public void Forget() => _current = null;
}
