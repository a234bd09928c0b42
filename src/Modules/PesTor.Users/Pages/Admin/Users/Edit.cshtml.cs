using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Security;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Admin.Users;

/// <summary>One account: its roles (saved together) and the lock.</summary>
[Authorize(Policy = PermissionPolicies.ManageUsers)]
public sealed class EditModel(UserAdministration administration, IUserDirectory directory, UserManager<PesTorUser> users, IStringLocalizer<AccountTexts> T) : PageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty]
    public RoleSelection Input { get; set; } = new();

    public PesTorUser Account { get; private set; } = new();

    public string? AccountType { get; private set; }

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    public bool Locked { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = Request.Query["zapisano"] == "1" ? T["Zapisano."].Value : null;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRolesAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await administration.SetRolesAsync(Id, Input.Roles, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await administration.LockAsync(Id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await administration.UnlockAsync(Id, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(FormErrors errors, CancellationToken cancellationToken)
    {
        if (errors.IsEmpty)
        {
            return Redirect($"/admin/uzytkownicy/{Uri.EscapeDataString(Id)}?zapisano=1");
        }

        ModelState.AddFormErrors(errors);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(Id) is not { } account)
        {
            return false;
        }

        Account = account;
        AccountType = (await users.GetClaimsAsync(account)).FirstOrDefault(c => c.Type == AccountTypes.ClaimType)?.Value;
        AllRoles = await directory.RoleNamesAsync(cancellationToken);
        Roles = [.. await users.GetRolesAsync(account)];
        Locked = UserAdministration.IsLocked(account);
        return true;
    }
}

public sealed class RoleSelection
{
    public List<string> Roles { get; set; } = [];
}
