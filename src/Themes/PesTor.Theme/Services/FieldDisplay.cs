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
        var values = ValuesOf([item], fields);
        var picked = await LoadAsync(values, cancellationToken);
        return [.. fields.Select((f, i) => Display(item.ContentType, f, values[0][i], picked)).OfType<DisplayedField>()];
    }

    /// <summary>A short line per item from the named fields ("Fundacja, Toruń"), loading terms and picked items once for all.</summary>
    public async Task<IReadOnlyDictionary<string, ItemSummary>> SummariesAsync(IReadOnlyList<ContentItem> items, IReadOnlyList<string> fieldNames, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return new Dictionary<string, ItemSummary>();
        }

        var fields = await PublicFieldsAsync(items[0].ContentType, fieldNames, cancellationToken);
        var values = ValuesOf(items, fields);
        var picked = await LoadAsync(values, cancellationToken);
        var summaries = new Dictionary<string, ItemSummary>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var text = string.Join(", ", fields
                .Select((f, j) => Display(items[i].ContentType, f, values[i][j], picked))
                .OfType<DisplayedField>()
                .Select(d => d.Links.Count > 0 ? string.Join(", ", d.Links.Select(l => l.Text)) : d.Text));
            summaries[items[i].ContentItemVersionId] = Sources(values[i], picked, text);
        }

        return summaries;
    }

    /// <summary>An option field's label for a stored value ("open" → "Otwarte"), in the visitor's language.</summary>
    public async Task<IReadOnlyList<(string Value, string Label)>> OptionsAsync(string part, string field, CancellationToken cancellationToken)
    {
        var definition = (await definitions.GetDocumentAsync(cancellationToken)).FindPart(part)?.FindField(field);
        return definition is null ? [] : [.. Settings<TextFieldSettings>(definition).Options.Select(o => (o.Value, T[o.Label ?? o.Value].Value))];
    }

    public string Label(ContentPartFieldDefinition field) => T[field.DisplayName ?? field.Name];

    // The types a summary drew on, and whether every term's taxonomy and every picked item was there to read.
    private ItemSummary Sources(object?[] values, Dictionary<string, ContentItem> picked, string text)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var value in values)
        {
            switch (value)
            {
                case TaxonomyField { TaxonomyContentItemId: { } taxonomyId } when taxonomies.ContentTypeOf(taxonomyId) is { } type:
                    types.Add(type);
                    break;
                case TaxonomyField { TaxonomyContentItemId: not null }:
                    complete = false;
                    break;
                case ContentPickerField pickedIds:
                    foreach (var id in pickedIds.ContentItemIds)
                    {
                        if (picked.TryGetValue(id, out var item))
                        {
                            types.Add(item.ContentType);
                        }
                        else
                        {
                            complete = false;
                        }
                    }

                    break;
            }
        }

        return new ItemSummary(text, types, complete);
    }

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

    // Each item's value of each field, read from its JSON once (reading a field deserializes it).
    private static object?[][] ValuesOf(IReadOnlyList<ContentItem> items, List<ContentPartFieldDefinition> fields) =>
        [.. items.Select(item => fields.Select(f => Read(item, f)).ToArray())];

    private static object? Read(ContentItem item, ContentPartFieldDefinition field)
    {
        var part = item.ContentType;
        return field.FieldKind switch
        {
            FieldKinds.Text => item.GetField<TextField>(part, field.Name),
            FieldKinds.Numeric => item.GetField<NumericField>(part, field.Name),
            FieldKinds.Boolean => item.GetField<BooleanField>(part, field.Name),
            FieldKinds.Date => item.GetField<DateField>(part, field.Name),
            FieldKinds.DateTime => item.GetField<DateTimeField>(part, field.Name),
            FieldKinds.Taxonomy => item.GetField<TaxonomyField>(part, field.Name),
            FieldKinds.ContentPicker => item.GetField<ContentPickerField>(part, field.Name),
            FieldKinds.Link => item.GetField<LinkField>(part, field.Name),
            FieldKinds.GeoPoint => item.GetField<GeoPointField>(part, field.Name),
            _ => null,
        };
    }

    private async Task<Dictionary<string, ContentItem>> LoadAsync(object?[][] values, CancellationToken cancellationToken)
    {
        var all = values.SelectMany(v => v).ToList();
        await taxonomies.LoadAsync(all.OfType<TaxonomyField>().Select(t => t.TaxonomyContentItemId).OfType<string>(), cancellationToken);
        var pickedIds = all.OfType<ContentPickerField>().SelectMany(p => p.ContentItemIds).Distinct().ToList();
        return pickedIds.Count == 0
            ? []
            : (await contents.GetManyAsync(pickedIds, VersionOptions.Published, cancellationToken)).ToDictionary(i => i.ContentItemId);
    }

    private DisplayedField? Display(string contentType, ContentPartFieldDefinition field, object? value, Dictionary<string, ContentItem> picked)
    {
        var label = Label(field);
        var culture = CultureInfo.CurrentCulture;
        return value switch
        {
            TextField text => Text(label, OptionLabel(field, text.Text)),
            NumericField number => Text(label, number.Value?.ToString("#,0.##", culture)),
            BooleanField flag => Text(label, T[flag.Value ? "tak" : "nie"]),
            DateField date => Text(label, date.Value?.ToString("d MMMM yyyy", culture)),
            DateTimeField dateTime => Text(label, dateTime.Value?.ToString("d MMMM yyyy, HH:mm", culture)),
            TaxonomyField terms => Terms(label, contentType, field.Name, terms),
            ContentPickerField pickedIds => Links(label, pickedIds.ContentItemIds
                .Where(picked.ContainsKey).Select(id => (picked[id].DisplayText, Paths.Of(picked[id])))),
            LinkField { Url: { } url } link => Links(label, [(link.Text ?? url, url)]),
            GeoPointField { Latitude: { } lat, Longitude: { } lon } => Text(label, string.Create(CultureInfo.InvariantCulture, $"{lat:0.0000} N, {lon:0.0000} E")),
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
