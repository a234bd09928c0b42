using System.Globalization;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;

namespace PesTor.Theme.Services;

/// <summary>
/// Turns an item's own fields into what a visitor reads, from the definitions: labels are the fields' Polish display
/// names, terms and picked items become names and links. E-mail fields are never shown: a resident's address is private
/// (an entity's public contact is its ContactPart).
/// </summary>
public sealed class FieldDisplay(IContentDefinitionManager definitions, IContentManager contents, TaxonomyNames taxonomies)
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public async Task<IReadOnlyList<DisplayedField>> FieldsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var part = document.FindPart(item.ContentType);
        if (part is null)
        {
            return [];
        }

        var fields = part.Fields.Where(f => !PrivateFields.IsPrivate(f)).ToList();
        await taxonomies.LoadAsync(fields.Select(f => item.GetField<TaxonomyField>(item.ContentType, f.Name)?.TaxonomyContentItemId).OfType<string>(), cancellationToken);
        var pickedIds = fields.Where(f => f.FieldKind == FieldKinds.ContentPicker)
            .SelectMany(f => item.GetField<ContentPickerField>(item.ContentType, f.Name)?.ContentItemIds ?? []).ToList();
        var picked = (await contents.GetManyAsync(pickedIds, VersionOptions.Published, cancellationToken)).ToDictionary(i => i.ContentItemId);

        var shown = new List<DisplayedField>();
        foreach (var field in fields)
        {
            if (Display(item, field, picked) is { } displayed)
            {
                shown.Add(displayed);
            }
        }

        return shown;
    }

    private DisplayedField? Display(ContentItem item, ContentPartFieldDefinition field, Dictionary<string, ContentItem> picked)
    {
        var label = field.DisplayName ?? field.Name;
        var part = item.ContentType;
        return field.FieldKind switch
        {
            FieldKinds.Text => Text(label, item.GetField<TextField>(part, field.Name)?.Text),
            FieldKinds.Numeric => Text(label, item.GetField<NumericField>(part, field.Name)?.Value?.ToString("#,0.##", Polish)),
            FieldKinds.Boolean => item.GetField<BooleanField>(part, field.Name) is { } flag ? Text(label, flag.Value ? "tak" : "nie") : null,
            FieldKinds.Date => Text(label, item.GetField<DateField>(part, field.Name)?.Value?.ToString("d MMMM yyyy", Polish)),
            FieldKinds.DateTime => Text(label, item.GetField<DateTimeField>(part, field.Name)?.Value?.ToString("d MMMM yyyy, HH:mm", Polish)),
            FieldKinds.Taxonomy => Text(label, string.Join(", ", taxonomies.Names(item.GetField<TaxonomyField>(part, field.Name)))),
            FieldKinds.ContentPicker => Links(label, (item.GetField<ContentPickerField>(part, field.Name)?.ContentItemIds ?? [])
                .Where(picked.ContainsKey).Select(id => (picked[id].DisplayText, "/" + (picked[id].As<AutoroutePart>()?.Path ?? "")))),
            FieldKinds.Link => item.GetField<LinkField>(part, field.Name) is { Url: { } url } link ? Links(label, [(link.Text ?? url, url)]) : null,
            FieldKinds.GeoPoint => item.GetField<GeoPointField>(part, field.Name) is { Latitude: { } lat, Longitude: { } lon }
                ? Text(label, string.Create(CultureInfo.InvariantCulture, $"{lat:0.0000} N, {lon:0.0000} E")) : null,
            _ => null,
        };
    }

    private static DisplayedField? Text(string label, string? text) => string.IsNullOrWhiteSpace(text) ? null : new DisplayedField(label, text, []);

    private static DisplayedField? Links(string label, IEnumerable<(string Text, string Url)> links)
    {
        var list = links.ToList();
        return list.Count == 0 ? null : new DisplayedField(label, "", list);
    }
}
