namespace PesTor.Contents.Services;

/// <summary>Ids for items and versions: ULIDs, lower-case, 26 characters, sortable by creation time.</summary>
internal static class ContentIds
{
    public static string New() => Ulid.NewUlid().ToString().ToLowerInvariant();
}
