namespace PesTor.Admin.Services;

/// <summary>Addresses of the admin's content pages (Polish, like the rest of the site's addresses).</summary>
public static class AdminUrls
{
    public const string Contents = "/admin/tresci";

    public static string ContentList(string? contentType) =>
        string.IsNullOrEmpty(contentType) ? Contents : $"{Contents}?typ={Uri.EscapeDataString(contentType)}";

    public static string Create(string contentType) => $"{Contents}/nowy/{Uri.EscapeDataString(contentType)}";

    public static string Edit(string contentItemId) => $"{Contents}/{Uri.EscapeDataString(contentItemId)}";

    public static string Versions(string contentItemId) => $"{Contents}/{Uri.EscapeDataString(contentItemId)}/wersje";

    public static string Preview(string contentItemId) => $"{Contents}/{Uri.EscapeDataString(contentItemId)}/podglad";

    public static string Audit(string contentItemId) => $"{Contents}/{Uri.EscapeDataString(contentItemId)}/historia";
}
