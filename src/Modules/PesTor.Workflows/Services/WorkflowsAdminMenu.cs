using PesTor.Admin;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Services;

internal sealed class WorkflowsAdminMenu : IAdminMenuProvider
{
    public Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEnumerable<AdminMenuItem>>(
        [
            new AdminMenuItem("Przepływy pracy", "/admin/przeplywy") { Permission = WorkflowEvents.ManageWorkflowsPermission, Group = "Automatyzacja", Order = 200 },
            new AdminMenuItem("Przebiegi przepływów", "/admin/przeplywy/przebiegi") { Permission = WorkflowEvents.ManageWorkflowsPermission, Group = "Automatyzacja", Order = 210 },
        ]);
}
