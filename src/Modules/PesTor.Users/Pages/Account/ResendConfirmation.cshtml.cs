using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Email;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>Sends a new verification link. The answer is the same whether or not the address has an account (no account probing).</summary>
public sealed class ResendConfirmationModel(UserManager<PesTorUser> users, AccountMailer mailer, IStringLocalizer<AccountTexts> T) : PageModel
{
    [BindProperty]
    public EmailForm Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", T["Podaj adres e-mail."]);
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && !user.EmailConfirmed)
        {
            try
            {
                await mailer.SendConfirmationAsync(user, cancellationToken);
            }
            catch (EmailDeliveryException)
            {
                ModelState.AddModelError("", T["Nie udało się wysłać wiadomości. Spróbuj ponownie później."]);
                return Page();
            }
        }

        Sent = true;
        return Page();
    }
}
