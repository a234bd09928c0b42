namespace PesTor.Admin;

/// <summary>
/// One link of the admin's side navigation. <see cref="Text"/> and <see cref="Group"/> are already localized by the
/// provider; items are grouped by <see cref="Group"/> and ordered by <see cref="Order"/> (groups by their first item).
/// </summary>
public sealed record AdminMenuItem(string Text, string Url)
{
    /// <summary>The permission a caller needs to see the link; null when access to the admin is enough.</summary>
    public string? Permission { get; init; }

    public string Group { get; init; } = "";

    public int Order { get; init; }
}
