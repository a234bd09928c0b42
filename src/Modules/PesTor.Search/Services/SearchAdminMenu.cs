using PesTor.Admin;
using PesTor.Security;

namespace PesTor.Search.Services;

/// <summary>The index status page in the admin's navigation.</summary>
internal sealed class SearchAdminMenu : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem("Indeksy wyszukiwarki", "/admin/search") { Group = "System", Order = 900, Permission = ContentPermissions.AccessAdmin },
        ]);
}
