using PesTor.ContentManagement;

namespace PesTor.Search;

/// <summary>
/// One result, in rank order. <see cref="Item"/> is re-read through the content manager when the page is built (the
/// published version for the public index, the latest for the editors' index), so it is never stale and the caller's
/// permissions apply; an item the caller may not see is not a hit.
/// </summary>
/// <param name="SnippetHtml">
/// A fragment of the matching text, HTML-escaped except for the <c>&lt;mark&gt;</c> elements around matched words;
/// null when the match was only in fields that are not stored for highlighting.
/// </param>
public sealed record SearchHit(string ContentItemId, string ContentType, float Score, string? SnippetHtml, ContentItem Item);
