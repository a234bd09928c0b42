using Microsoft.Extensions.Localization;
using PesTor.Security;

namespace PesTor.Admin.Services;

/// <summary>The admin module's own links.</summary>
internal sealed class AdminMainMenu(IStringLocalizer<AdminText> T) : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem(T["Pulpit"], "/admin") { Order = -1000 },
            new AdminMenuItem(T["Typy treści"], "/admin/typy") { Permission = ContentPermissions.ManageDefinitions, Group = T["Ustawienia"], Order = 1000 },
            new AdminMenuItem(T["Poczta e-mail"], "/admin/ustawienia/poczta") { Permission = SitePermissions.ManageSettings, Group = T["Ustawienia"], Order = 1010 },
        ]);
}
