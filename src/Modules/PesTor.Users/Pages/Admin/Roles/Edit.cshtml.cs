using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Security;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Admin.Roles;

/// <summary>One role: its permissions as a matrix of securable types × actions plus the site permissions, its history, delete.</summary>
[Authorize(Policy = PermissionPolicies.ManageRoles)]
public sealed class EditModel(RoleAdministration administration, IStringLocalizer<AccountTexts> T) : PageModel
{
    [FromRoute]
    public string Name { get; set; } = "";

    [BindProperty]
    public RolePermissionsForm Input { get; set; } = new();

    /// <summary>The delete form's "yes, delete it" box: a role goes only when it is ticked.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public RoleDetails Role { get; private set; } = null!;

    /// <summary>The boxes to show checked: what was posted after an error, else what the role holds.</summary>
    public IReadOnlySet<string> Checked { get; private set; } = new HashSet<string>();

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = Request.Query["zapisano"] == "1" ? T["Zapisano."].Value : null;
        if (await administration.GetAsync(Name, cancellationToken) is not { } role)
        {
            return NotFound();
        }

        Role = role;
        Checked = role.Permissions;
        Input.Description = role.Description;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await administration.SaveAsync(Name, Input, cancellationToken);
        if (errors.IsEmpty)
        {
            return Redirect($"/admin/role/{Uri.EscapeDataString(Name)}?zapisano=1");
        }

        return await ShowErrorsAsync(errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!ConfirmDelete)
        {
            var unconfirmed = new FormErrors();
            unconfirmed.Add("", T["Zaznacz potwierdzenie, aby usunąć rolę."]);
            return await ShowErrorsAsync(unconfirmed, cancellationToken);
        }

        var errors = await administration.DeleteAsync(Name, cancellationToken);
        if (errors.IsEmpty)
        {
            return Redirect("/admin/role");
        }

        return await ShowErrorsAsync(errors, cancellationToken);
    }

    private async Task<IActionResult> ShowErrorsAsync(FormErrors errors, CancellationToken cancellationToken)
    {
        if (await administration.GetAsync(Name, cancellationToken) is not { } role)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddFormErrors(errors);
        Role = role;
        Checked = Request.Form.ContainsKey("Input.Description") ? Input.Permissions.ToHashSet(StringComparer.Ordinal) : role.Permissions;
        return Page();
    }
}
