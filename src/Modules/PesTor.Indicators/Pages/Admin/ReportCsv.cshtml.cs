using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Indicators.Models;
using PesTor.Indicators.Services;
using PesTor.Security;

namespace PesTor.Indicators.Pages.Admin;

/// <summary>The annual report as CSV.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + IndicatorNames.ManageIndicatorsPermission)]
public sealed class ReportCsvModel(IndicatorReport report) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        File(IndicatorReport.ToCsv(await report.BuildAsync(cancellationToken)), "text/csv; charset=utf-8", "raport-wskazniki.csv");
}
