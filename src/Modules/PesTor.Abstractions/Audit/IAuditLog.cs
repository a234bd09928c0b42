namespace PesTor.Audit;

/// <summary>An append-only record of who did what (implemented by the data module).</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry in the current transaction.</summary>
    Task AddAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int skip, int take, CancellationToken cancellationToken = default);
}

public sealed record AuditEntry(DateTime CreatedUtc, string Actor, string Action, string? ContentItemId, string Message)
{
    public long Id { get; init; }
}
