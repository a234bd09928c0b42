using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>
/// The behaviour of a code part (TitlePart, AutoroutePart, ...): it fills derived values before a save (display text,
/// the autoroute path), validates, and contributes index rows to the same tables fields use, keyed by part and property.
/// </summary>
public interface IContentPartHandler
{
    /// <summary>The part definition name it serves, e.g. "AddressPart".</summary>
    string PartName { get; }

    /// <summary>The properties it writes index rows for and their kinds, so queries can filter and order on them.</summary>
    IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; }

    /// <summary>Fills derived values (may read the store, e.g. for a unique path). Runs before validation.</summary>
    ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken);

    ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken);

    IEnumerable<FieldIndexRow> Index(PartContext context);
}
