using PesTor.ContentManagement;

namespace PesTor.Queries;

/// <summary>A page of results and, when asked for, the total that matched.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int? Total);
