using Microsoft.AspNetCore.Authorization;

namespace PesTor.Users.Authorization;

/// <summary>The caller must hold <see cref="Permission"/> through its roles.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
