using Microsoft.Extensions.Localization;
using PesTor.Metadata;
using PesTor.Admin.Services;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Admin.Dashboard;

/// <summary>
/// Residents' needs waiting for moderation: SPEC §1 has a resident's need published only after a CityEditor looks at it,
/// so they wait as drafts with RequesterType "resident". Shown to callers who may moderate submissions.
/// </summary>
internal sealed class ModerationCard(
    IContentDefinitionManager definitions,
    IContentQueryService queries,
    IContentAuthorizer authorizer,
    ICallerAccessor caller,
    IStringLocalizer<AdminText> T) : IAdminDashboardCard
{
    public const string NeedType = "Need";
    public const string RequesterTypeField = "RequesterType";
    public const string Resident = "resident";
    private const int Shown = 10;

    public int Order => 20;

    public async Task<AdminDashboardCardModel?> BuildAsync(CancellationToken cancellationToken = default)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var hasRequesterType = document.FindType(NeedType) is not null
            && document.FindPart(NeedType)?.Fields.Any(f => f.Name == RequesterTypeField) == true;
        if (!hasRequesterType || !await authorizer.HasPermissionAsync(caller.Caller, SitePermissions.ModerateSubmissions, cancellationToken))
        {
            return null;
        }

        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = [NeedType],
            Status = ContentStatus.Draft,
            Where = ContentFilter.ByField(NeedType, RequesterTypeField, FilterOperator.Eq, Resident),
            OrderBy = [ContentOrder.By(ContentColumn.ModifiedUtc)],
            Take = Shown,
        }, includeTotal: true, cancellationToken);

        var lines = page.Items.Select(item => new AdminDashboardLine(DisplayTexts.Of(item, T["(bez tytułu)"]), AdminUrls.Edit(item.ContentItemId))).ToList();
        return new AdminDashboardCardModel(T["Czeka na moderację ({0})", page.Total ?? 0], lines) { EmptyText = T["Nic nie czeka na moderację."] };
    }
}
