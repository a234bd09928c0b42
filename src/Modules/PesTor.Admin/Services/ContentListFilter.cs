using PesTor.Queries;

namespace PesTor.Admin.Services;

/// <summary>The content list's filters and order as they arrive in the query string, turned into the one content query.</summary>
public sealed record ContentListFilter
{
    public const int PageSize = 20;
    private const int MaxPage = 1_000_000;

    public string? Type { get; init; }

    /// <summary>"latest" (default), "draft" or "published".</summary>
    public string? Status { get; init; }

    public string? Text { get; init; }

    /// <summary>The owner's user id, resolved from the user name typed in the filter.</summary>
    public string? OwnerId { get; init; }

    /// <summary>"modified" (default), "title", "created", "published"; a leading '-' for descending order is not used —
    /// <see cref="Descending"/> carries the direction.</summary>
    public string? Sort { get; init; }

    public bool Descending { get; init; } = true;

    public int Page { get; init; } = 1;

    /// <param name="textFilter">The text filter full-text search made of <see cref="Text"/>; without it, titles containing the text.</param>
    public ContentQuery ToQuery(IReadOnlyList<string> visibleTypes, ContentFilter? textFilter = null)
    {
        var filters = new List<ContentFilter>();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            filters.Add(textFilter ?? ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, Text.Trim()));
        }

        if (OwnerId is not null)
        {
            filters.Add(ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.Eq, OwnerId));
        }

        return new ContentQuery
        {
            ContentTypes = string.IsNullOrEmpty(Type) ? visibleTypes : [Type],
            Status = Status switch
            {
                "draft" => ContentStatus.Draft,
                "published" => ContentStatus.Published,
                _ => ContentStatus.Latest,
            },
            Where = filters.Count == 0 ? null : ContentFilter.And([.. filters]),
            OrderBy = [ContentOrder.By(SortColumn, Descending), ContentOrder.By(ContentColumn.ContentItemId)],
            Skip = (Math.Clamp(Page, 1, MaxPage) - 1) * PageSize,
            Take = PageSize,
        };
    }

    private ContentColumn SortColumn => Sort switch
    {
        "title" => ContentColumn.DisplayText,
        "created" => ContentColumn.CreatedUtc,
        "published" => ContentColumn.PublishedUtc,
        _ => ContentColumn.ModifiedUtc,
    };
}
