namespace PesTor.Users.Services;

/// <summary>A new role: its name (kept for good) and what it is for.</summary>
public sealed class NewRoleForm
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }
}

/// <summary>A role's description and every permission it should hold after the save (the checked boxes).</summary>
public sealed class RolePermissionsForm
{
    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];
}
