using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Data;
using PesTor.Security;
using PesTor.Workflows.Models;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Pages.Admin;

[Authorize(Policy = PermissionPolicies.Prefix + WorkflowEvents.ManageWorkflowsPermission)]
public sealed class WorkflowsModel(WorkflowTypeStore store, IWorkflowRunStore runs, IUnitOfWork unitOfWork) : PageModel
{
    public IReadOnlyList<(WorkflowType Type, WorkflowRun? LastRun)> Workflows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var list = new List<(WorkflowType, WorkflowRun?)>();
        foreach (var type in (await store.ListAsync(cancellationToken)).OrderBy(t => t.Name, StringComparer.CurrentCulture))
        {
            list.Add((type, (await runs.ListAsync(type.Id, 0, 1, cancellationToken)).FirstOrDefault()));
        }

        Workflows = list;
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (!await store.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await transaction.CommitAsync(cancellationToken);
        Message = "Usunięto przepływ.";
        return RedirectToPage();
    }
}
