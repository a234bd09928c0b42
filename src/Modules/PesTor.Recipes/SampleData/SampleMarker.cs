namespace PesTor.Recipes.SampleData;

/// <summary>
/// How sample items are recognised: ids start with <see cref="IdPrefix"/>, <see cref="PesTor.ContentManagement.ContentItem.Author"/>
/// is <see cref="Author"/>, and every body ends with a paragraph starting with <see cref="Note"/>.
/// </summary>
public static class SampleMarker
{
    public const string Note = "Dane przykładowe";

    public const string IdPrefix = "sample-";

    public const string Author = "sample-data";

    /// <summary>The closing paragraph of every sample body (plain tags the HTML sanitizer keeps).</summary>
    public const string BodyParagraph =
        "<p><strong>" + Note + ".</strong> Wpis wygenerowany automatycznie do pokazania i testowania platformy; nie opisuje rzeczywistego podmiotu ani oferty.</p>";
}
