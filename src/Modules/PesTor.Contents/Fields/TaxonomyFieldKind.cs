using PesTor.ContentFields;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>Terms of one taxonomy; the terms live inside the taxonomy item's TaxonomyPart.</summary>
public sealed class TaxonomyFieldKind(IContentItemLookup lookup) : IContentFieldKind
{
    public string Name => FieldKinds.Taxonomy;

    public IndexKind IndexKind => IndexKind.Taxonomy;

    public async ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<TaxonomyFieldSettings>();
        var stored = context.Read<TaxonomyField>();
        var normalized = await TaxonomyTerms.CheckAsync(
            stored ?? new TaxonomyField(), settings.TaxonomyContentItemId, settings.Required, settings.Multiple, lookup, context.Fail, cancellationToken)
            .ConfigureAwait(false);

        if (stored is not null && !IsSame(stored, normalized))
        {
            context.Replace(normalized);
        }
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var field = context.Read<TaxonomyField>();
        return field is null ? [] : IndexRows.Taxonomy(context.PartName, context.Field.Name, field.TaxonomyContentItemId, field.TermContentItemIds);
    }

    private static bool IsSame(TaxonomyField a, TaxonomyField b) =>
        string.Equals(a.TaxonomyContentItemId, b.TaxonomyContentItemId, StringComparison.Ordinal)
        && a.TermContentItemIds.SequenceEqual(b.TermContentItemIds, StringComparer.Ordinal);
}
