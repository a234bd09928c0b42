using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Indicators.Models;
using PesTor.Indicators.Services;
using PesTor.Security;

namespace PesTor.Indicators.Pages.Admin;

/// <summary>The annual report as a print-friendly page.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + IndicatorNames.ManageIndicatorsPermission)]
public sealed class ReportModel(IndicatorReport report) : PageModel
{
    public IReadOnlyList<IndicatorReportSection> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sections = await report.BuildAsync(cancellationToken);
}
