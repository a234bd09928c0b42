using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PesTor.Users.Pages.Account;

/// <summary>
/// Sign-in with lockout: after <see cref="LockoutOptions.MaxFailedAccessAttempts"/> wrong passwords the account is locked
/// for <see cref="LockoutOptions.DefaultLockoutTimeSpan"/>, and the page says so (the only case in which it confirms that
/// the login exists: the lock protects the account, and saying nothing would leave its owner guessing).
/// </summary>
public sealed partial class LoginModel(
    SignInManager<PesTorUser> signIn,
    IOptions<IdentityOptions> identity,
    IStringLocalizer<AccountTexts> T,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", T["Podaj login."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", T["Podaj hasło."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(PageModelExtensions.LocalOr(ReturnUrl, "/konto"));
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger, userName);
            var lockout = identity.Value.Lockout;
            ModelState.AddModelError("", T["Konto jest zablokowane po {0} nieudanych próbach logowania lub przez administratora. Spróbuj ponownie za {1} minut albo ustaw nowe hasło.",
                lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", T["Najpierw potwierdź adres e-mail łączem z wiadomości, którą wysłaliśmy po rejestracji."]);
        }
        else
        {
            ModelState.AddModelError("", T["Login lub hasło są nieprawidłowe."]);
        }

        return Page();
    }

    [LoggerMessage(12, LogLevel.Information, "Sign-in refused: account {UserName} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string userName);
}
