using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Security;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Admin.Users;

[Authorize(Policy = PermissionPolicies.ManageUsers)]
public sealed class CreateModel(UserAdministration administration, IUserDirectory directory) : PageModel
{
    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => AllRoles = await directory.RoleNamesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (errors, userId) = await administration.CreateAsync(Input, cancellationToken);
        if (errors.IsEmpty)
        {
            return Redirect($"/admin/uzytkownicy/{userId}?zapisano=1");
        }

        ModelState.AddFormErrors(errors);
        AllRoles = await directory.RoleNamesAsync(cancellationToken);
        return Page();
    }
}
