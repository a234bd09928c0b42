namespace PesTor.Security;

/// <summary>
/// Permissions that are not about content items (content ones are in <see cref="ContentPermissions"/>). Roles hold them as
/// permission claims; the names match the Roles step of the setup recipe.
/// </summary>
public static class SitePermissions
{
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";
    public const string ManageSettings = "ManageSettings";
    public const string ManageMedia = "ManageMedia";
    public const string ModerateSubmissions = "ModerateSubmissions";
    public const string VerifyEntities = "VerifyEntities";
    public const string ApproveClaims = "ApproveClaims";
    public const string ExecuteGraphQL = "ExecuteGraphQL";
}
