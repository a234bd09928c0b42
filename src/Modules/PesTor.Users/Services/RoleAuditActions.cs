namespace PesTor.Users.Services;

/// <summary>
/// Audit trail lines about roles. The trail is keyed by item id, so a role's lines use <see cref="KeyOf"/> and the
/// type <see cref="ContentType"/>: the role's page reads them back like an item's history.
/// </summary>
public static class RoleAuditActions
{
    public const string Created = "role-created";
    public const string Updated = "role-updated";
    public const string Deleted = "role-deleted";
    public const string ContentType = "Role";

    public static string KeyOf(string roleName) => "role:" + roleName;
}
