using Microsoft.Extensions.Localization;
using PesTor.Admin;
using PesTor.Security;

namespace PesTor.Users.Admin;

/// <summary>Dashboard card "claims waiting": the oldest pending entity claims, for callers who may decide on them.</summary>
internal sealed class PendingClaimsCard(
    IEntityClaimStore store,
    IContentAuthorizer authorizer,
    ICallerAccessor caller,
    IStringLocalizer<AccountTexts> T) : IAdminDashboardCard
{
    private const int Shown = 5;

    public int Order => 30;

    public async Task<AdminDashboardCardModel?> BuildAsync(CancellationToken cancellationToken = default)
    {
        if (!await authorizer.HasPermissionAsync(caller.Caller, SitePermissions.ApproveClaims, cancellationToken))
        {
            return null;
        }

        var total = await store.CountAsync(EntityClaimStatus.Pending, cancellationToken);
        var oldest = await store.ListAsync(EntityClaimStatus.Pending, 0, Shown, cancellationToken);
        var lines = oldest.Select(c => new AdminDashboardLine(c.EntityName, "/admin/zgloszenia-podmiotow", c.IsProposal ? T["nowy podmiot"].Value : null)).ToList();
        return new AdminDashboardCardModel(T["Zgłoszenia podmiotów czekają ({0})", total], lines)
        {
            EmptyText = T["Żadne zgłoszenie nie czeka na decyzję."],
            More = total > 0 ? new AdminDashboardLine(T["Wszystkie zgłoszenia"], "/admin/zgloszenia-podmiotow") : null,
        };
    }
}
