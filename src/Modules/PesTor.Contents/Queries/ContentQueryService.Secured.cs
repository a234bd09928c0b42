using PesTor.Indexing;
using PesTor.Metadata;
using PesTor.Queries;

namespace PesTor.Contents.Queries;

/// <summary>
/// The content query's checks, shared with <see cref="ContentIndexReader"/> so that a projection of index columns sees
/// exactly the items a list would: the same resolution against the definitions and the same permission filter.
/// </summary>
internal sealed partial class ContentQueryService
{
    /// <summary>The resolved and secured query, or null when the caller may see none of the types asked for.</summary>
    internal Task<ContentQuery?> SecureAsync(ContentQuery query, CancellationToken cancellationToken) => PrepareAsync(query, cancellationToken);

    /// <summary>The index kind of a field (or an indexed part property) of one of the types, or null when none has it.</summary>
    internal IndexKind? FieldKind(ContentDefinitionDocument document, IReadOnlyList<string> types, string part, string field) =>
        FindField(document, types, part, field)?.Kind;
}
