using System.Globalization;
using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// Builds content items in the recipe's shapes: parts under their names, a type's own fields in the part named after it.
/// The JSON is written directly in the shapes <see cref="ContentJson"/> gives the field and part classes (null values left
/// out), which is many times faster than serializing each value and matters at a million entities; the unit tests check
/// that the engine reads every value back unchanged.
/// </summary>
internal static class SampleItems
{
    private static readonly DateTime YearStart = new(2013, 1, 2, 8, 0, 0, DateTimeKind.Utc);

    public static string Id(string kind, int number) => string.Create(CultureInfo.InvariantCulture, $"{SampleMarker.IdPrefix}{kind}-{number:D4}");

    /// <summary>A new item with title, display text, path and sample marks; <paramref name="path"/> null for types without an autoroute.</summary>
    public static ContentItem New(string type, string id, string title, string? path, Random random)
    {
        var created = YearStart.AddMinutes(random.Next(0, 360 * 24 * 60));
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentType = type,
            DisplayText = title,
            Author = SampleMarker.Author,
            CreatedUtc = created,
            ModifiedUtc = created,
            PublishedUtc = created,
        };
        item.Content[nameof(TitlePart)] = new JsonObject { [nameof(TitlePart.Title)] = title };
        if (path is not null)
        {
            item.Content[nameof(AutoroutePart)] = new JsonObject { [nameof(AutoroutePart.Path)] = path };
        }

        return item;
    }

    /// <summary>The body: the given paragraphs, then the sample-data note.</summary>
    public static ContentItem Body(this ContentItem item, params string[] paragraphs)
    {
        var html = string.Concat(paragraphs.Select(p => $"<p>{Escape(p)}</p>")) + SampleMarker.BodyParagraph;
        item.Content[nameof(HtmlBodyPart)] = new JsonObject { [nameof(HtmlBodyPart.Html)] = html };
        return item;
    }

    public static ContentItem Address(this ContentItem item, AddressPart address)
    {
        var node = Properties(
            (nameof(AddressPart.Street), address.Street), (nameof(AddressPart.PostalCode), address.PostalCode), (nameof(AddressPart.City), address.City));
        if (address.District is { } district)
        {
            node[nameof(AddressPart.District)] = Taxonomy(district.TaxonomyContentItemId!, district.TermContentItemIds);
        }

        item.Content[nameof(AddressPart)] = node;
        return item;
    }

    public static ContentItem Contact(this ContentItem item, ContactPart contact)
    {
        item.Content[nameof(ContactPart)] = Properties(
            (nameof(ContactPart.Phone), contact.Phone), (nameof(ContactPart.Email), contact.Email), (nameof(ContactPart.Website), contact.Website));
        return item;
    }

    public static ContentItem Text(this ContentItem item, string field, string? text) =>
        text is null ? item : item.Field(field, new JsonObject { [nameof(TextField.Text)] = text });

    public static ContentItem Number(this ContentItem item, string field, decimal? value) =>
        value is null ? item : item.Field(field, new JsonObject { [nameof(NumericField.Value)] = value.Value });

    public static ContentItem Flag(this ContentItem item, string field, bool value) =>
        item.Field(field, new JsonObject { [nameof(BooleanField.Value)] = value });

    public static ContentItem Date(this ContentItem item, string field, DateOnly? value) =>
        value is null ? item : item.Field(field, new JsonObject { [nameof(DateField.Value)] = value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

    public static ContentItem Terms(this ContentItem item, string field, string taxonomyId, params string[] termIds) =>
        item.Field(field, Taxonomy(taxonomyId, termIds));

    public static ContentItem Picker(this ContentItem item, string field, string? contentItemId) =>
        contentItemId is null ? item : item.Field(field, new JsonObject { [nameof(ContentPickerField.ContentItemIds)] = new JsonArray(contentItemId) });

    public static ContentItem Point(this ContentItem item, string field, GeoPointField point) =>
        item.Field(field, new JsonObject { [nameof(GeoPointField.Latitude)] = point.Latitude, [nameof(GeoPointField.Longitude)] = point.Longitude });

    private static ContentItem Field(this ContentItem item, string field, JsonObject value)
    {
        if (item.Content[item.ContentType] is not JsonObject part)
        {
            part = [];
            item.Content[item.ContentType] = part;
        }

        part[field] = value;
        return item;
    }

    private static JsonObject Taxonomy(string taxonomyId, IEnumerable<string> termIds) => new()
    {
        [nameof(TaxonomyField.TaxonomyContentItemId)] = taxonomyId,
        [nameof(TaxonomyField.TermContentItemIds)] = new JsonArray([.. termIds.Select(t => (JsonNode)t)]),
    };

    private static JsonObject Properties(params (string Name, string? Value)[] values)
    {
        var node = new JsonObject();
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            node[name] = value;
        }

        return node;
    }

    /// <summary>Escapes markup only; Polish letters stay as they are, as the HTML sanitizer would store them.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
