namespace PesTor.Queries;

/// <summary>A page of <see cref="IContentIndexReader"/> rows; <see cref="Next"/> is the cursor of the next page, null after the last.</summary>
public sealed record ContentIndexPage(IReadOnlyList<ContentIndexRow> Rows, long? Next);

/// <summary>
/// One item's id, type, title and the values of the asked columns, in the order asked: text-like kinds as string, Numeric
/// and GeoPoint as double, Boolean as bool, Date and DateTime as DateTime (UTC), or null.
/// </summary>
public sealed record ContentIndexRow(string ContentItemId, string ContentType, string DisplayText, IReadOnlyList<object?> Values);
