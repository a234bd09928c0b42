using PesTor.Queries;

namespace PesTor.Theme.Directories;

/// <summary>
/// A public directory: the list of one content type at <see cref="Path"/> with its filters (in the query string), its
/// order, and the fields that make the one-line summary under each name.
/// </summary>
public sealed record DirectorySpec(
    string Path,
    string ContentType,
    string Title,
    IReadOnlyList<DirectoryFilter> Filters,
    IReadOnlyList<ContentOrder> Order,
    IReadOnlyList<string> SummaryFields)
{
    public const string PageKey = "strona";

    /// <summary>Every query key the directory reads, in the order links write them.</summary>
    public IEnumerable<string> Keys => Filters.SelectMany(f => f.Keys);
}
