using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>The link from the reset e-mail. A reset changes the security stamp, so every open session of the account ends.</summary>
public sealed partial class ResetPasswordModel(UserManager<PesTorUser> users, IStringLocalizer<AccountTexts> T, ILogger<ResetPasswordModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "uzytkownik")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kod")]
    public string? Code { get; set; }

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

        var token = AccountMailer.DecodeToken(Code);
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || token is null)
        {
            ModelState.AddModelError("", T["Łącze jest nieważne lub wygasło. Poproś o nowe."]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var (field, message) = IdentityErrorTexts.Describe(error, T);
                ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
            }

            return Page();
        }

        // An owner locked out by failed sign-ins who proved access to the mailbox may sign in again at once; a lock set by an
        // administrator (open-ended) stays.
        if (user.LockoutEnd is { } end && end < DateTimeOffset.UtcNow.AddDays(1))
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        LogReset(logger, user.UserName!);
        Done = true;
        return Page();
    }

    [LoggerMessage(13, LogLevel.Information, "Account {UserName} set a new password through the reset link")]
    private static partial void LogReset(ILogger logger, string userName);
}
