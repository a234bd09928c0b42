namespace PesTor.Security;

/// <summary>
/// Permission names in Orchard's scheme. Global names cover every type; for securable types the per-type names
/// (<c>View_Entity</c>, <c>EditOwn_Offer</c>, ...) grant the same for one type. "Own" applies to items the caller owns.
/// </summary>
public static class ContentPermissions
{
    public const string ViewContent = "ViewContent";
    public const string ViewOwnContent = "ViewOwnContent";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string PublishContent = "PublishContent";
    public const string PublishOwnContent = "PublishOwnContent";
    public const string DeleteContent = "DeleteContent";
    public const string DeleteOwnContent = "DeleteOwnContent";
    public const string ManageDefinitions = "ManageDefinitions";
    public const string AccessAdmin = "AccessAdmin";

    public static string Global(ContentAction action, bool own) => (action, own) switch
    {
        (ContentAction.View, false) => ViewContent,
        (ContentAction.View, true) => ViewOwnContent,
        (ContentAction.Edit, false) => EditContent,
        (ContentAction.Edit, true) => EditOwnContent,
        (ContentAction.Publish, false) => PublishContent,
        (ContentAction.Publish, true) => PublishOwnContent,
        (ContentAction.Delete, false) => DeleteContent,
        (ContentAction.Delete, true) => DeleteOwnContent,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static string ForType(ContentAction action, bool own, string contentType) =>
        $"{action}{(own ? "Own" : "")}_{contentType}";
}
