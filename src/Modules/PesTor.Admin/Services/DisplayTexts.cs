using PesTor.ContentManagement;

namespace PesTor.Admin.Services;

/// <summary>An item's name as the admin shows it: its display text, or a fallback for items without a title.</summary>
internal static class DisplayTexts
{
    public static string Of(ContentItem item, string fallback) =>
        string.IsNullOrWhiteSpace(item.DisplayText) ? fallback : item.DisplayText;
}
