namespace PesTor.Users;

public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string CityEditor = "CityEditor";
    public const string PesRepresentative = "PesRepresentative";
    public const string Resident = "Resident";

    /// <summary>Pseudo-roles: their permissions apply to every visitor, and to every signed-in user.</summary>
    public const string Anonymous = "Anonymous";
    public const string Authenticated = "Authenticated";

    /// <summary>The claim type role claims use to hold a permission name.</summary>
    public const string PermissionClaimType = "Permission";
}
