using PesTor.Admin;

namespace PesTor.AdminTheme.Services;

/// <summary>A heading of the side navigation with its links, as the layout renders them.</summary>
public sealed record AdminMenuGroup(string Heading, IReadOnlyList<AdminMenuItem> Items);
