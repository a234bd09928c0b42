using PesTor.Users;

namespace PesTor.Tests.Integration.Admin;

/// <summary>What a caller tries on one item in the permission matrix.</summary>
public enum MatrixAction
{
    ViewPublished,
    ViewDraft,
    Edit,
    Publish,
    Delete,
}

/// <summary>
/// SPEC §1's table of who may do what, written out independently of the recipe's role permissions so that the matrix
/// test compares the two. "Own" is an item the caller owns — for a PES representative's Entity, the entity they were
/// approved for.
/// </summary>
public static class PermissionTable
{
    /// <summary>Only their owner (and city staff) may see these, published or not.</summary>
    public static readonly IReadOnlySet<string> PrivateTypes = new HashSet<string> { "NeedResponse", "LoanRequest" };

    /// <summary>What a PES representative creates, edits, publishes and deletes as their own.</summary>
    private static readonly IReadOnlySet<string> RepresentativeTypes = new HashSet<string> { "Offer", "Equipment", "Need", "NeedResponse", "LoanRequest" };

    /// <summary>What a resident submits: needs (published after moderation), responses to needs and loan requests.</summary>
    private static readonly IReadOnlySet<string> ResidentTypes = new HashSet<string> { "Need", "NeedResponse", "LoanRequest" };

    private static readonly IReadOnlySet<string> ResidentPublishes = new HashSet<string> { "NeedResponse", "LoanRequest" };

    public static bool Allows(string role, string type, MatrixAction action, bool own) => role switch
    {
        RoleNames.Administrator or RoleNames.CityEditor => true,
        _ when action == MatrixAction.ViewPublished && !PrivateTypes.Contains(type) => true,
        RoleNames.PesRepresentative => own && action switch
        {
            MatrixAction.ViewPublished or MatrixAction.ViewDraft or MatrixAction.Edit => RepresentativeTypes.Contains(type) || type == "Entity",
            _ => RepresentativeTypes.Contains(type),
        },
        RoleNames.Resident => own && action switch
        {
            MatrixAction.ViewPublished or MatrixAction.ViewDraft or MatrixAction.Edit => ResidentTypes.Contains(type),
            MatrixAction.Publish => ResidentPublishes.Contains(type),
            _ => false,
        },
        _ => false,
    };
}
