namespace PesTor.Audit;

/// <summary>
/// Who did what, when. Entries are written inside the transaction of the change they record (a content handler), so a
/// change and its audit line are stored together or not at all.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries of one item, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ForItemAsync(string contentItemId, int take, CancellationToken cancellationToken = default);

    /// <summary>The newest entries of the whole site, a page at a time.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(int skip, int take, CancellationToken cancellationToken = default);
}
