using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Security;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Pages.Admin;

/// <summary>Recorded runs, newest first: start, trigger, item, outcome, error and each step.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + WorkflowEvents.ManageWorkflowsPermission)]
public sealed class RunsModel(IWorkflowRunStore runs) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "przeplyw")]
    public string? WorkflowTypeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<WorkflowRun> Runs { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var list = await runs.ListAsync(string.IsNullOrWhiteSpace(WorkflowTypeId) ? null : WorkflowTypeId, (PageNumber - 1) * PageSize, PageSize + 1, cancellationToken);
        HasNext = list.Count > PageSize;
        Runs = list.Take(PageSize).ToList();
    }
}
