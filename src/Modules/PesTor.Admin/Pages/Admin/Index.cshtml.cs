using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin;

/// <summary>The dashboard: every module's cards for the caller, in order.</summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class DashboardModel(IEnumerable<IAdminDashboardCard> cards) : PageModel
{
    public IReadOnlyList<AdminDashboardCardModel> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var built = new List<AdminDashboardCardModel>();
        foreach (var card in cards.OrderBy(c => c.Order))
        {
            if (await card.BuildAsync(cancellationToken) is { } model)
            {
                built.Add(model);
            }
        }

        Cards = built;
    }
}
