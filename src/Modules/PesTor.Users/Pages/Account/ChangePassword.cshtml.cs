using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>
/// Changing the password renews the security stamp: this session is signed in again with the new stamp, and every other
/// session of the account fails its next stamp check (every request, see <see cref="AccountsStartup"/>) and is signed out.
/// </summary>
[Authorize]
public sealed partial class ChangePasswordModel(
    UserManager<PesTorUser> users,
    SignInManager<PesTorUser> signIn,
    IStringLocalizer<AccountTexts> T,
    ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public NewPasswordForm Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Password != Input.PasswordConfirmation)
        {
            ModelState.AddModelError("Input.PasswordConfirmation", T["Hasła nie są takie same."]);
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var (field, message) = IdentityErrorTexts.Describe(error, T);
                ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        LogChanged(logger, user.UserName!);
        Done = true;
        return Page();
    }

    [LoggerMessage(14, LogLevel.Information, "Account {UserName} changed its password; other sessions end")]
    private static partial void LogChanged(ILogger logger, string userName);
}
