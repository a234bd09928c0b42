using PesTor.ContentManagement;

namespace PesTor.Handlers;

public class ContentContext(ContentItem contentItem)
{
    public ContentItem ContentItem { get; } = contentItem;

    /// <summary>True while a recipe is importing: handlers with side effects (workflows, e-mail) may hold back.</summary>
    public bool IsImporting { get; init; }
}

public sealed class CreateContentContext(ContentItem contentItem) : ContentContext(contentItem);

public sealed class UpdateContentContext(ContentItem contentItem) : ContentContext(contentItem);

public sealed class VersionContentContext(ContentItem existing, ContentItem building) : ContentContext(existing)
{
    public ContentItem BuildingContentItem { get; } = building;
}

public sealed class PublishContentContext(ContentItem contentItem, ContentItem? previous) : ContentContext(contentItem)
{
    /// <summary>The version that was published before, if any.</summary>
    public ContentItem? PreviousItem { get; } = previous;

    /// <summary>A publishing handler may set this to stop the publish; nothing is changed then.</summary>
    public bool Cancel { get; set; }
}

public sealed class RemoveContentContext(ContentItem contentItem) : ContentContext(contentItem);

public sealed class ValidateContentContext(ContentItem contentItem) : ContentContext(contentItem)
{
    public ContentValidationResult Result { get; } = new();
}
