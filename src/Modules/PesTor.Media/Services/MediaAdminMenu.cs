using PesTor.Admin;
using PesTor.Security;

namespace PesTor.Media.Services;

/// <summary>The media library's link in the admin's navigation, for callers who may manage it.</summary>
internal sealed class MediaAdminMenu : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem(MediaTexts.Get("Library"), "/admin/media") { Permission = SitePermissions.ManageMedia, Order = 500 },
        ]);
}
