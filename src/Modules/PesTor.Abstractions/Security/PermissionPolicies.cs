namespace PesTor.Security;

/// <summary>
/// Authorization policy names for permissions, usable as <c>[Authorize(Policy = PermissionPolicies.AccessAdmin)]</c> or
/// <c>RequireAuthorization(PermissionPolicies.For("X"))</c>. The users module builds a policy for any name with the
/// <see cref="Prefix"/> and checks the permission through the caller's roles; an anonymous caller is sent to sign in,
/// a signed-in caller without the permission gets 403.
/// </summary>
public static class PermissionPolicies
{
    public const string Prefix = "Permission:";

    public const string AccessAdmin = Prefix + ContentPermissions.AccessAdmin;
    public const string ManageDefinitions = Prefix + ContentPermissions.ManageDefinitions;
    public const string ManageUsers = Prefix + SitePermissions.ManageUsers;
    public const string ManageRoles = Prefix + SitePermissions.ManageRoles;
    public const string ManageSettings = Prefix + SitePermissions.ManageSettings;
    public const string ManageMedia = Prefix + SitePermissions.ManageMedia;
    public const string ModerateSubmissions = Prefix + SitePermissions.ModerateSubmissions;
    public const string ApproveClaims = Prefix + SitePermissions.ApproveClaims;

    public static string For(string permission) => Prefix + permission;

    /// <summary>The permission a policy name stands for, or null when the name is not a permission policy.</summary>
    public static string? PermissionOf(string policyName) =>
        policyName.StartsWith(Prefix, StringComparison.Ordinal) && policyName.Length > Prefix.Length ? policyName[Prefix.Length..] : null;
}
