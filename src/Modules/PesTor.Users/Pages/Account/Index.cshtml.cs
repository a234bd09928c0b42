using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>The account's profile: who the account is, its type and roles; the full name can be changed here.</summary>
[Authorize]
public sealed class IndexModel(UserManager<PesTorUser> users, IStringLocalizer<AccountTexts> T) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public string UserName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? AccountType { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        Input.FullName = user.FullName ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var fullName = Input.FullName.Trim();
        if (fullName.Length == 0)
        {
            ModelState.AddModelError("Input.FullName", T["Podaj imię i nazwisko."]);
        }
        else if (fullName.Length > 200)
        {
            ModelState.AddModelError("Input.FullName", T["Imię i nazwisko może mieć najwyżej 200 znaków."]);
        }

        if (ModelState.IsValid)
        {
            user.FullName = fullName;
            await users.UpdateAsync(user);
            Saved = true;
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(PesTorUser user)
    {
        UserName = user.UserName ?? "";
        Email = user.Email ?? "";
        AccountType = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == AccountTypes.ClaimType)?.Value;
        Roles = [.. await users.GetRolesAsync(user)];
    }
}
