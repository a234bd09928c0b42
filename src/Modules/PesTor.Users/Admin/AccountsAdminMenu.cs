using Microsoft.Extensions.Localization;
using PesTor.Admin;
using PesTor.Security;

namespace PesTor.Users.Admin;

/// <summary>The users module's admin links: accounts (ManageUsers) and entity claims (ApproveClaims).</summary>
internal sealed class AccountsAdminMenu(IStringLocalizer<AccountTexts> T) : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem(T["Użytkownicy"], "/admin/uzytkownicy") { Permission = SitePermissions.ManageUsers, Group = T["Konta"], Order = 100 },
            new AdminMenuItem(T["Role"], "/admin/role") { Permission = SitePermissions.ManageRoles, Group = T["Konta"], Order = 105 },
            new AdminMenuItem(T["Zgłoszenia podmiotów"], "/admin/zgloszenia-podmiotow") { Permission = SitePermissions.ApproveClaims, Group = T["Konta"], Order = 110 },
        ]);
}
