using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// Every permission a role can be given, as the roles admin shows them: a matrix of content actions (all types, then each
/// securable type) and the list of site permissions. Module permissions that are not named here still appear once any
/// role holds them, so saving a role never drops a permission the form did not show.
/// </summary>
public sealed class PermissionCatalog(IContentDefinitionManager definitions)
{
    /// <summary>The matrix columns: Orchard's content permission verbs, each full and "Own".</summary>
    public static readonly IReadOnlyList<(ContentAction Action, bool Own)> Columns =
    [
        (ContentAction.View, false), (ContentAction.View, true),
        (ContentAction.Edit, false), (ContentAction.Edit, true),
        (ContentAction.Publish, false), (ContentAction.Publish, true),
        (ContentAction.Delete, false), (ContentAction.Delete, true),
    ];

    /// <summary>Site permissions known to the platform's modules (names as the recipe's Roles step uses them).</summary>
    public static readonly IReadOnlyList<string> KnownSitePermissions =
    [
        ContentPermissions.AccessAdmin,
        SitePermissions.ManageUsers,
        SitePermissions.ManageRoles,
        SitePermissions.ManageSettings,
        ContentPermissions.ManageDefinitions,
        SitePermissions.ManageMedia,
        SitePermissions.ModerateSubmissions,
        SitePermissions.VerifyEntities,
        SitePermissions.ApproveClaims,
        SitePermissions.ExecuteGraphQL,
        "ManageWorkflows",
        "ManageIndicators",
    ];

    public async Task<PermissionMatrix> BuildAsync(IEnumerable<string> heldByAnyRole, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var rows = new List<PermissionRow> { new(null, "", [.. Columns.Select(c => ContentPermissions.Global(c.Action, c.Own))]) };
        rows.AddRange(document.ContentTypes
            .Where(t => t.Settings.Securable)
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)
            .Select(t => new PermissionRow(t.Name, t.DisplayName, [.. Columns.Select(c => ContentPermissions.ForType(c.Action, c.Own, t.Name))])));
        var inMatrix = rows.SelectMany(r => r.Permissions).ToHashSet(StringComparer.Ordinal);
        var site = KnownSitePermissions
            .Concat(heldByAnyRole.Where(p => !inMatrix.Contains(p)).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new PermissionMatrix(rows, site);
    }
}

/// <summary>One row of the matrix: a securable type (null for "every type") and its permission per column.</summary>
public sealed record PermissionRow(string? ContentType, string DisplayName, IReadOnlyList<string> Permissions);

public sealed record PermissionMatrix(IReadOnlyList<PermissionRow> Rows, IReadOnlyList<string> SitePermissions)
{
    public bool Contains(string permission) =>
        SitePermissions.Contains(permission, StringComparer.Ordinal) || Rows.Any(r => r.Permissions.Contains(permission, StringComparer.Ordinal));
}
