namespace PesTor.Queries;

/// <summary>The one content query: every list in the platform (admin, public, GraphQL, GeoJSON, counts) is one of these.</summary>
public sealed record ContentQuery
{
    /// <summary>Empty means every type the caller may see.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    public ContentFilter? Where { get; init; }

    public IReadOnlyList<ContentOrder> OrderBy { get; init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    public static ContentQuery ForType(string contentType) => new() { ContentTypes = [contentType] };
}
