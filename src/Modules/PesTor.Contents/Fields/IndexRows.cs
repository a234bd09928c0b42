using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>Builds the text and HTML index rows fields and parts share.</summary>
internal static class IndexRows
{
    /// <summary>The longest text a Text row keeps (fits a unique-able varchar index on every supported database).</summary>
    public const int MaxText = 766;

    public const int MaxHtml = 4000;

    /// <summary>A Text row with the exact value in Text and a lower-cased copy in Text2 for case-insensitive filters; none when empty.</summary>
    public static IEnumerable<FieldIndexRow> Text(string part, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            yield break;
        }

        yield return new FieldIndexRow(IndexKind.Text, part, field)
        {
            Text = Truncate(value, MaxText),
            Text2 = Truncate(value.ToLowerInvariant(), MaxText),
        };
    }

    /// <summary>An Html row: the sanitized markup in Text, its lower-cased plain text in Text2; none when empty.</summary>
    public static IEnumerable<FieldIndexRow> Html(string part, string field, string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            yield break;
        }

        yield return new FieldIndexRow(IndexKind.Html, part, field)
        {
            Text = Truncate(html, MaxHtml),
            Text2 = Truncate(HtmlText.ToNormalizedPlainText(html), MaxHtml),
        };
    }

    public static IEnumerable<FieldIndexRow> Taxonomy(string part, string field, string? taxonomyId, IEnumerable<string> termIds) =>
        termIds.Select(term => new FieldIndexRow(IndexKind.Taxonomy, part, field) { Ref = term, Ref2 = taxonomyId });

    public static FieldIndexRow? GeoPoint(string part, string field, GeoPointField? point) =>
        point is { Latitude: { } lat, Longitude: { } lon }
            ? new FieldIndexRow(IndexKind.GeoPoint, part, field) { Latitude = (double)lat, Longitude = (double)lon }
            : null;

    /// <summary>Cuts to at most <paramref name="max"/> chars without splitting a surrogate pair.</summary>
    public static string Truncate(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..length];
    }
}
