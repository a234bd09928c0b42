using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;

namespace PesTor.Theme.Services;

/// <summary>
/// Turns an item's own fields into what a visitor reads, from the definitions: labels are the fields' display names,
/// options their labels, terms and picked items become names and links, numbers and dates are in the visitor's language.
/// E-mail fields are never shown: a resident's address is private (an entity's public contact is its ContactPart).
/// </summary>
public sealed class FieldDisplay(IContentDefinitionManager definitions, IContentManager contents, TaxonomyNames taxonomies, IStringLocalizer<SiteText> T)
{
    public async Task<IReadOnlyList<DisplayedField>> FieldsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var fields = await PublicFieldsAsync(item.ContentType, null, cancellationToken);
        var picked = await LoadAsync([item], fields, cancellationToken);
        return [.. fields.Select(f => Display(item, f, picked)).OfType<DisplayedField>()];
    }

    /// <summary>A short line per item from the named fields ("Fundacja, Toruń"), loading terms and picked items once for all.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SummariesAsync(IReadOnlyList<ContentItem> items, IReadOnlyList<string> fieldNames, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var fields = await PublicFieldsAsync(items[0].ContentType, fieldNames, cancellationToken);
        var picked = await LoadAsync(items, fields, cancellationToken);
        return items.ToDictionary(i => i.ContentItemVersionId, i => string.Join(", ", fields
            .Select(f => Display(i, f, picked))
            .OfType<DisplayedField>()
            .Select(d => d.Links.Count > 0 ? string.Join(", ", d.Links.Select(l => l.Text)) : d.Text)));
    }

    /// <summary>An option field's label for a stored value ("open" → "Otwarte"), in the visitor's language.</summary>
    public async Task<IReadOnlyList<(string Value, string Label)>> OptionsAsync(string part, string field, CancellationToken cancellationToken)
    {
        var definition = (await definitions.GetDocumentAsync(cancellationToken)).FindPart(part)?.FindField(field);
        return definition is null ? [] : [.. Settings<TextFieldSettings>(definition).Options.Select(o => (o.Value, T[o.Label ?? o.Value].Value))];
    }

    public string Label(ContentPartFieldDefinition field) => T[field.DisplayName ?? field.Name];

    private async Task<List<ContentPartFieldDefinition>> PublicFieldsAsync(string contentType, IReadOnlyList<string>? only, CancellationToken cancellationToken)
    {
        var part = (await definitions.GetDocumentAsync(cancellationToken)).FindPart(contentType);
        if (part is null)
        {
            return [];
        }

        var fields = part.Fields.Where(f => !PrivateFields.IsPrivate(f));
        return only is null ? [.. fields] : [.. only.Select(name => fields.FirstOrDefault(f => f.Name == name)).OfType<ContentPartFieldDefinition>()];
    }

    private async Task<Dictionary<string, ContentItem>> LoadAsync(IReadOnlyList<ContentItem> items, List<ContentPartFieldDefinition> fields, CancellationToken cancellationToken)
    {
        await taxonomies.LoadAsync(items.SelectMany(item => fields
            .Select(f => item.GetField<TaxonomyField>(item.ContentType, f.Name)?.TaxonomyContentItemId)).OfType<string>(), cancellationToken);
        var pickedIds = items.SelectMany(item => fields.Where(f => f.FieldKind == FieldKinds.ContentPicker)
            .SelectMany(f => item.GetField<ContentPickerField>(item.ContentType, f.Name)?.ContentItemIds ?? [])).Distinct().ToList();
        return pickedIds.Count == 0
            ? []
            : (await contents.GetManyAsync(pickedIds, VersionOptions.Published, cancellationToken)).ToDictionary(i => i.ContentItemId);
    }

    private DisplayedField? Display(ContentItem item, ContentPartFieldDefinition field, Dictionary<string, ContentItem> picked)
    {
        var label = Label(field);
        var part = item.ContentType;
        var culture = CultureInfo.CurrentCulture;
        return field.FieldKind switch
        {
            FieldKinds.Text => Text(label, OptionLabel(field, item.GetField<TextField>(part, field.Name)?.Text)),
            FieldKinds.Numeric => Text(label, item.GetField<NumericField>(part, field.Name)?.Value?.ToString("#,0.##", culture)),
            FieldKinds.Boolean => item.GetField<BooleanField>(part, field.Name) is { } flag ? Text(label, T[flag.Value ? "tak" : "nie"]) : null,
            FieldKinds.Date => Text(label, item.GetField<DateField>(part, field.Name)?.Value?.ToString("d MMMM yyyy", culture)),
            FieldKinds.DateTime => Text(label, item.GetField<DateTimeField>(part, field.Name)?.Value?.ToString("d MMMM yyyy, HH:mm", culture)),
            FieldKinds.Taxonomy => Terms(label, item.ContentType, field.Name, item.GetField<TaxonomyField>(part, field.Name)),
            FieldKinds.ContentPicker => Links(label, (item.GetField<ContentPickerField>(part, field.Name)?.ContentItemIds ?? [])
                .Where(picked.ContainsKey).Select(id => (picked[id].DisplayText, Paths.Of(picked[id])))),
            FieldKinds.Link => item.GetField<LinkField>(part, field.Name) is { Url: { } url } link ? Links(label, [(link.Text ?? url, url)]) : null,
            FieldKinds.GeoPoint => item.GetField<GeoPointField>(part, field.Name) is { Latitude: { } lat, Longitude: { } lon }
                ? Text(label, string.Create(CultureInfo.InvariantCulture, $"{lat:0.0000} N, {lon:0.0000} E")) : null,
            _ => null,
        };
    }

    /// <summary>Terms link to the directory of their type filtered by the term where the directory has that filter.</summary>
    private DisplayedField? Terms(string label, string contentType, string field, TaxonomyField? value)
    {
        var terms = taxonomies.Terms(value);
        if (terms.Count == 0)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var text = string.Join(", ", terms.Select(t => t.DisplayName(culture)));
        var links = terms.Select(t => (t.DisplayName(culture), Directories.Directories.TermLink(contentType, contentType, field, t.Id))).ToList();
        return links.All(l => l.Item2 is not null)
            ? new DisplayedField(label, text, [.. links.Select(l => (l.Item1, l.Item2!))])
            : new DisplayedField(label, text, []);
    }

    private string? OptionLabel(ContentPartFieldDefinition field, string? value)
    {
        if (value is null || Settings<TextFieldSettings>(field) is not { Editor: TextEditor.Options } settings)
        {
            return value;
        }

        return T[settings.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value];
    }

    private static TSettings Settings<TSettings>(ContentPartFieldDefinition field) where TSettings : class, new() =>
        field.Settings.Deserialize<TSettings>(ContentJson.Options) ?? new TSettings();

    private static DisplayedField? Text(string label, string? text) => string.IsNullOrWhiteSpace(text) ? null : new DisplayedField(label, text, []);

    private static DisplayedField? Links(string label, IEnumerable<(string Text, string Url)> links)
    {
        var list = links.ToList();
        return list.Count == 0 ? null : new DisplayedField(label, "", list);
    }
}
