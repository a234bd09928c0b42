namespace PesTor.Indicators;

/// <summary>The history of an indicator's value: a row per change (implemented by the data module).</summary>
public interface IIndicatorHistoryStore
{
    /// <summary>Adds a row in the current transaction.</summary>
    Task AddAsync(IndicatorHistoryEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Rows of the indicators, oldest first.</summary>
    Task<IReadOnlyList<IndicatorHistoryEntry>> ListAsync(IReadOnlyCollection<string> indicatorContentItemIds, CancellationToken cancellationToken = default);
}

public sealed record IndicatorHistoryEntry(string IndicatorContentItemId, DateTime RecordedUtc, decimal Value, IndicatorValueSource Source, string? Note, string? UserName)
{
    public long Id { get; init; }
}

public enum IndicatorValueSource
{
    Recount,
    Manual,
    Recipe,
}
