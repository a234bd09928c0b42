namespace PesTor.ContentFields;

/// <summary>The field kinds the engine knows. Definitions name them; code knows kinds, not the program's types.</summary>
public static class FieldKinds
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string Numeric = "NumericField";
    public const string Boolean = "BooleanField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string ContentPicker = "ContentPickerField";
    public const string Taxonomy = "TaxonomyField";
    public const string Link = "LinkField";
    public const string Media = "MediaField";
    public const string GeoPoint = "GeoPointField";

    public static readonly IReadOnlyList<string> All =
        [Text, Html, Numeric, Boolean, Date, DateTime, ContentPicker, Taxonomy, Link, Media, GeoPoint];
}
