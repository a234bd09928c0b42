using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Indicators.Models;
using PesTor.Indicators.Services;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Indicators.Pages.Admin;

/// <summary>The program's dashboard: every indicator with its progress, history chart and last change; manual values with a note.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + IndicatorNames.ManageIndicatorsPermission)]
public sealed class IndicatorsModel(IndicatorBoard board, ManualIndicatorValues manual) : PageModel
{
    public IReadOnlyList<IndicatorWithHistory> Indicators { get; private set; } = [];

    /// <summary>The indicator whose manual form was posted, with its field errors.</summary>
    public string? PostedIndicator { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Saved { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Indicators = await board.LoadAsync(ContentStatus.Latest, cancellationToken);

    public async Task<IActionResult> OnPostManualAsync(string id, CancellationToken cancellationToken)
    {
        decimal? value = decimal.TryParse(Value?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var result = await manual.SetAsync(id, value, Note, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Saved = "Zapisano wartość wskaźnika wraz z notatką.";
            return RedirectToPage();
        }

        PostedIndicator = id;
        Errors = result.Errors;
        Indicators = await board.LoadAsync(ContentStatus.Latest, cancellationToken);
        return Page();
    }
}
