using PesTor.Admin;
using PesTor.Indicators.Models;

namespace PesTor.Indicators.Services;

internal sealed class IndicatorsAdminMenu : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem("Wskaźniki programu", "/admin/wskazniki") { Permission = IndicatorNames.ManageIndicatorsPermission, Group = "Program", Order = 100 },
            new AdminMenuItem("Raport roczny", "/admin/wskazniki/raport") { Permission = IndicatorNames.ManageIndicatorsPermission, Group = "Program", Order = 110 },
        ]);
}
