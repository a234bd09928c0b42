using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.Audit;
using PesTor.Data;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// The roles admin's actions, each checked here for ManageRoles: list, create, set a role's permissions, delete a role that
/// is not built in. Permissions are read per request through <see cref="RolePermissionCache"/>, which every change clears,
/// so a change acts on the next request; every change writes an audit line in its transaction.
/// </summary>
public sealed partial class RoleAdministration(
    RoleManager<PesTorRole> roles,
    UserManager<PesTorUser> users,
    PermissionCatalog catalog,
    RolePermissionCache cache,
    IAuditTrail audit,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    IUserDirectory directory,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    IStringLocalizer<AccountTexts> T,
    ILogger<RoleAdministration> logger)
{
    /// <summary>The roles the platform relies on (registration, the recipe, the pseudo-roles): they keep their names and stay.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        RoleNames.Administrator, RoleNames.CityEditor, RoleNames.PesRepresentative, RoleNames.Resident, RoleNames.Anonymous, RoleNames.Authenticated,
    };

    public async Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var list = new List<RoleSummary>();
        foreach (var role in await AllRolesAsync(cancellationToken))
        {
            var members = IsPseudo(role.Name!) ? (int?)null : (await users.GetUsersInRoleAsync(role.Name!)).Count;
            list.Add(new RoleSummary(role.Name!, role.Description, BuiltIn.Contains(role.Name!), (await PermissionsOfAsync(role)).Count, members));
        }

        return list;
    }

    /// <summary>A role with its permissions, the matrix to show them in and its latest audit lines; null when there is none.</summary>
    public async Task<RoleDetails?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return null;
        }

        var matrix = await catalog.BuildAsync(await HeldByAnyRoleAsync(cancellationToken), cancellationToken);
        var history = await audit.ForItemAsync(RoleAuditActions.KeyOf(role.Name!), 20, cancellationToken);
        return new RoleDetails(role.Name!, role.Description, BuiltIn.Contains(role.Name!), await PermissionsOfAsync(role), matrix, history);
    }

    public async Task<(FormErrors Errors, string? Name)> CreateAsync(NewRoleForm form, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        var name = form.Name.Trim();
        if (!RoleName().IsMatch(name))
        {
            errors.Add(nameof(form.Name), T["Nazwa roli ma od 2 do 50 znaków: litery, cyfry, „-” i „_”, zaczyna się literą."]);
        }
        else if (await roles.FindByNameAsync(name) is not null || BuiltIn.Contains(name))
        {
            errors.Add(nameof(form.Name), T["Rola o tej nazwie już istnieje."]);
        }

        if (form.Description?.Length > 500)
        {
            errors.Add(nameof(form.Description), T["Opis może mieć najwyżej 500 znaków."]);
        }

        if (!errors.IsEmpty)
        {
            return (errors, null);
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var created = await roles.CreateAsync(new PesTorRole { Name = name, Description = Blank(form.Description) });
        if (!created.Succeeded)
        {
            errors.Add(nameof(form.Name), string.Join(" ", created.Errors.Select(e => e.Description)));
            return (errors, null);
        }

        await RecordAsync(RoleAuditActions.Created, name, T["Utworzono rolę {0}.", name], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, name, CallerId());
        return (errors, name);
    }

    /// <summary>Sets the role's description and exactly the given permissions; refuses a change that leaves nobody able to manage roles.</summary>
    public async Task<FormErrors> SaveAsync(string name, RolePermissionsForm form, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            errors.Add("", T["Nie ma takiej roli."]);
            return errors;
        }

        var wanted = form.Permissions.Select(p => p.Trim()).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        var matrix = await catalog.BuildAsync(await HeldByAnyRoleAsync(cancellationToken), cancellationToken);
        var unknown = wanted.Where(p => !matrix.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(nameof(form.Permissions), T["Nie ma takiego uprawnienia: {0}.", string.Join(", ", unknown)]);
        }

        if (form.Description?.Length > 500)
        {
            errors.Add(nameof(form.Description), T["Opis może mieć najwyżej 500 znaków."]);
        }

        var held = await PermissionsOfAsync(role);
        if (errors.IsEmpty && held.Contains(SitePermissions.ManageRoles) && !wanted.Contains(SitePermissions.ManageRoles)
            && !await SomeoneStillManagesRolesAsync(role.Name!, wanted, cancellationToken))
        {
            errors.Add(nameof(form.Permissions), T["Po tej zmianie nikt nie mógłby zarządzać rolami. Zostaw tej roli uprawnienie ManageRoles albo najpierw nadaj je innej roli z aktywnymi kontami."]);
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var added = wanted.Except(held).Order(StringComparer.Ordinal).ToList();
        var removed = held.Except(wanted).Order(StringComparer.Ordinal).ToList();
        var description = Blank(form.Description);
        if (added.Count == 0 && removed.Count == 0 && description == role.Description)
        {
            return errors;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (description != role.Description)
        {
            role.Description = description;
            Check(await roles.UpdateAsync(role));
        }

        var claims = (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaimType).ToList();
        foreach (var claim in claims.Where(c => removed.Contains(c.Value, StringComparer.Ordinal)))
        {
            Check(await roles.RemoveClaimAsync(role, claim));
        }

        foreach (var permission in added)
        {
            Check(await roles.AddClaimAsync(role, new Claim(RoleNames.PermissionClaimType, permission)));
        }

        await RecordAsync(RoleAuditActions.Updated, role.Name!, Describe(role.Name!, added, removed, description != null && added.Count + removed.Count == 0), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        LogSaved(logger, role.Name!, string.Join(",", added), string.Join(",", removed), CallerId());
        return errors;
    }

    /// <summary>Deletes a role that is not built in; its members lose it at once (their stamps change, so sessions refresh).</summary>
    public async Task<FormErrors> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            errors.Add("", T["Nie ma takiej roli."]);
            return errors;
        }

        if (BuiltIn.Contains(role.Name!))
        {
            errors.Add("", T["Roli wbudowanej nie można usunąć."]);
            return errors;
        }

        if ((await PermissionsOfAsync(role)).Contains(SitePermissions.ManageRoles) && !await SomeoneStillManagesRolesAsync(role.Name!, null, cancellationToken))
        {
            errors.Add("", T["Po usunięciu tej roli nikt nie mógłby zarządzać rolami."]);
            return errors;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        foreach (var member in await users.GetUsersInRoleAsync(role.Name!))
        {
            Check(await users.RemoveFromRoleAsync(member, role.Name!));
            Check(await users.UpdateSecurityStampAsync(member));
        }

        Check(await roles.DeleteAsync(role));
        await RecordAsync(RoleAuditActions.Deleted, role.Name!, T["Usunięto rolę {0}.", role.Name!], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        LogDeleted(logger, role.Name!, CallerId());
        return errors;
    }

    private string Describe(string role, IReadOnlyList<string> added, IReadOnlyList<string> removed, bool descriptionOnly)
    {
        if (descriptionOnly)
        {
            return T["Zmieniono opis roli {0}.", role];
        }

        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add(T["nadano {0}", string.Join(", ", added)]);
        }

        if (removed.Count > 0)
        {
            parts.Add(T["odebrano {0}", string.Join(", ", removed)]);
        }

        return T["Rola {0}: {1}.", role, string.Join("; ", parts)];
    }

    // Someone keeps ManageRoles when a role holding it (after the change) is a pseudo-role or has an account that is not locked.
    private async Task<bool> SomeoneStillManagesRolesAsync(string changedRole, IReadOnlySet<string>? changedTo, CancellationToken cancellationToken)
    {
        foreach (var role in await AllRolesAsync(cancellationToken))
        {
            var permissions = string.Equals(role.Name, changedRole, StringComparison.Ordinal) ? changedTo : await PermissionsOfAsync(role);
            if (permissions is null || !permissions.Contains(SitePermissions.ManageRoles))
            {
                continue;
            }

            if (IsPseudo(role.Name!) || (await users.GetUsersInRoleAsync(role.Name!)).Any(u => !UserAdministration.IsLocked(u)))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<IReadOnlyList<PesTorRole>> AllRolesAsync(CancellationToken cancellationToken)
    {
        var list = new List<PesTorRole>();
        foreach (var name in await directory.RoleNamesAsync(cancellationToken))
        {
            if (await roles.FindByNameAsync(name) is { } role)
            {
                list.Add(role);
            }
        }

        return list;
    }

    private async Task<IReadOnlySet<string>> PermissionsOfAsync(PesTorRole role) =>
        (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    private async Task<IReadOnlyList<string>> HeldByAnyRoleAsync(CancellationToken cancellationToken)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in await AllRolesAsync(cancellationToken))
        {
            held.UnionWith(await PermissionsOfAsync(role));
        }

        return [.. held];
    }

    private Task RecordAsync(string action, string role, string text, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEntry(action, RoleAuditActions.KeyOf(role), null, RoleAuditActions.ContentType, text,
                callers.IsSystem ? null : CallerId(), callers.IsSystem ? "system" : callers.Caller.Identity?.Name, clock.GetUtcNow().UtcDateTime),
            cancellationToken);

    private async Task DemandAsync(CancellationToken cancellationToken)
    {
        if (!await authorizer.HasPermissionAsync(callers.Caller, SitePermissions.ManageRoles, cancellationToken))
        {
            throw new ContentAccessDeniedException("Managing roles needs the ManageRoles permission.");
        }
    }

    private static bool IsPseudo(string role) => role is RoleNames.Anonymous or RoleNames.Authenticated;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private string CallerId() => callers.Caller.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system";

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N}_-]{1,49}$")]
    private static partial Regex RoleName();

    [LoggerMessage(50, LogLevel.Information, "Role {Role} created by {AdminId}")]
    private static partial void LogCreated(ILogger logger, string role, string adminId);

    [LoggerMessage(51, LogLevel.Information, "Role {Role} saved by {AdminId}: granted {Added}; taken away {Removed}")]
    private static partial void LogSaved(ILogger logger, string role, string added, string removed, string adminId);

    [LoggerMessage(52, LogLevel.Information, "Role {Role} deleted by {AdminId}")]
    private static partial void LogDeleted(ILogger logger, string role, string adminId);
}

public sealed record RoleSummary(string Name, string? Description, bool BuiltIn, int PermissionCount, int? Members);

public sealed record RoleDetails(
    string Name,
    string? Description,
    bool BuiltIn,
    IReadOnlySet<string> Permissions,
    PermissionMatrix Matrix,
    IReadOnlyList<AuditEntry> History);
