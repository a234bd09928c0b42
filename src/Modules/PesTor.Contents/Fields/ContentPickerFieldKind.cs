using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>References to other items, optionally limited to some content types.</summary>
public sealed class ContentPickerFieldKind(IContentItemLookup lookup) : IContentFieldKind
{
    public string Name => FieldKinds.ContentPicker;

    public IndexKind IndexKind => IndexKind.ContentPicker;

    public async ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<ContentPickerFieldSettings>();
        var stored = context.Read<ContentPickerField>();
        var ids = Cardinality.Distinct(stored?.ContentItemIds ?? []);
        if (stored is not null && !ids.SequenceEqual(stored.ContentItemIds, StringComparer.Ordinal))
        {
            context.Replace(new ContentPickerField { ContentItemIds = ids });
        }

        Cardinality.Check(ids.Count, settings.Required, settings.Multiple, "items", context.Fail);
        if (ids.Count > 0)
        {
            await CheckTargetsAsync(ids, settings.DisplayedContentTypes, context.Fail, cancellationToken).ConfigureAwait(false);
        }
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = context.Read<ContentPickerField>()?.ContentItemIds ?? [];
        return ids.Select(id => new FieldIndexRow(IndexKind.ContentPicker, context.PartName, context.Field.Name) { Ref = id });
    }

    private async Task CheckTargetsAsync(List<string> ids, List<string> allowedTypes, Action<string> fail, CancellationToken cancellationToken)
    {
        var found = (await lookup.GetLatestAsync(ids, cancellationToken).ConfigureAwait(false))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!found.TryGetValue(id, out var target))
            {
                fail($"The item '{id}' does not exist.");
            }
            else if (allowedTypes.Count > 0 && !allowedTypes.Contains(target.ContentType, StringComparer.Ordinal))
            {
                fail($"The item '{id}' is of type {target.ContentType}; this field accepts only {string.Join(", ", allowedTypes)}.");
            }
        }
    }
}
