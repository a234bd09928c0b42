using Microsoft.AspNetCore.Identity;

namespace PesTor.Users;

/// <summary>An account. The three account types of SPEC §1 come with the users module.</summary>
public sealed class PesTorUser : IdentityUser
{
    public string? FullName { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public sealed class PesTorRole : IdentityRole
{
    public string? Description { get; set; }
}
