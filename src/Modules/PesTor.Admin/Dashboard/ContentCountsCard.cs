using Microsoft.Extensions.Localization;
using PesTor.Admin.Services;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Admin.Dashboard;

/// <summary>How many items of each type the caller can see (latest versions, drafts included), one count query per type.</summary>
internal sealed class ContentCountsCard(
    IContentDefinitionManager definitions,
    IContentQueryService queries,
    IContentAuthorizer authorizer,
    ICallerAccessor caller,
    IStringLocalizer<AdminText> T) : IAdminDashboardCard
{
    public int Order => 0;

    public async Task<AdminDashboardCardModel?> BuildAsync(CancellationToken cancellationToken = default)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var lines = new List<AdminDashboardLine>();
        foreach (var type in document.ContentTypes.Where(t => t.Settings.Listable).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
        {
            if (await authorizer.GetAccessAsync(caller.Caller, ContentAction.View, type.Name, cancellationToken) == ContentAccessLevel.None)
            {
                continue;
            }

            var count = await queries.CountAsync(new ContentQuery { ContentTypes = [type.Name], Status = ContentStatus.Latest }, cancellationToken);
            lines.Add(new AdminDashboardLine(type.DisplayName, AdminUrls.ContentList(type.Name), count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)));
        }

        return new AdminDashboardCardModel(T["Treści według typu"], lines) { EmptyText = T["Nie ma jeszcze typów treści, które możesz przeglądać."] };
    }
}
