using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Security;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Admin.Roles;

/// <summary>Every role with what it holds, and the form that adds a role.</summary>
[Authorize(Policy = PermissionPolicies.ManageRoles)]
public sealed class IndexModel(RoleAdministration administration) : PageModel
{
    [BindProperty]
    public NewRoleForm Input { get; set; } = new();

    public IReadOnlyList<RoleSummary> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Roles = await administration.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (errors, name) = await administration.CreateAsync(Input, cancellationToken);
        if (name is not null)
        {
            return Redirect($"/admin/role/{Uri.EscapeDataString(name)}?zapisano=1");
        }

        ModelState.Clear();
        ModelState.AddFormErrors(errors);
        Roles = await administration.ListAsync(cancellationToken);
        return Page();
    }
}
