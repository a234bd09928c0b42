namespace PesTor.Queries;

/// <summary>
/// What <see cref="IContentIndexReader"/> reads: the items of <see cref="Query"/> (its types, status and filter; its order,
/// skip and take are not used — rows come in storage order), the <see cref="Columns"/> read for each, and where the page starts.
/// </summary>
public sealed record ContentIndexQuery
{
    public const int MaxTake = 5000;

    public required ContentQuery Query { get; init; }

    public IReadOnlyList<ContentIndexColumn> Columns { get; init; } = [];

    /// <summary>The <see cref="ContentIndexPage.Next"/> cursor of the previous page; null for the first page.</summary>
    public long? After { get; init; }

    public int Take { get; init; } = 1000;
}
