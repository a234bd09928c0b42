using Microsoft.Extensions.Localization;
using PesTor.Security;

namespace PesTor.Admin.Services;

/// <summary>"All content" and one list link per type the caller may see.</summary>
internal sealed class ContentMenu(AdminContentTypes types, IStringLocalizer<AdminText> T) : IAdminMenuProvider
{
    public async Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default)
    {
        var group = T["Treści"];
        var items = new List<AdminMenuItem> { new(T["Wszystkie treści"], AdminUrls.Contents) { Group = group, Order = 0 } };
        items.AddRange((await types.AllowedAsync(ContentAction.View, cancellationToken))
            .Select(type => new AdminMenuItem(type.DisplayName, AdminUrls.ContentList(type.Name)) { Group = group, Order = 1 }));
        return items;
    }
}
