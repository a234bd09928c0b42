namespace PesTor.Users.Pages;

/// <summary>The role checkboxes: every role, the chosen ones checked.</summary>
public sealed record RoleChoicesModel(IReadOnlyList<string> AllRoles, IReadOnlyCollection<string> Chosen);
