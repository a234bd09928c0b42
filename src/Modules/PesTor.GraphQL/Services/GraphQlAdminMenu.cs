using System.Globalization;
using PesTor.Admin;
using PesTor.Security;

namespace PesTor.GraphQL.Services;

/// <summary>The API clients' link in the admin's navigation, for callers who manage settings.</summary>
internal sealed class GraphQlAdminMenu : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "API clients" : "Klienci API", "/admin/api-clients")
            {
                Permission = SitePermissions.ManageSettings,
                Order = 800,
            },
        ]);
}
