using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>
/// The link from the e-mail sent to the new address. It may be opened in any browser; when it is opened where the same
/// account is signed in, that session is renewed with the new security stamp and stays, while every other one ends.
/// </summary>
public sealed class ConfirmEmailChangeModel(EmailChange change, UserManager<PesTorUser> users, SignInManager<PesTorUser> signIn) : PageModel
{
    public bool Changed { get; private set; }

    public async Task OnGetAsync(string? uzytkownik, string? email, string? kod)
    {
        Changed = await change.ConfirmAsync(uzytkownik, email, kod);
        if (!Changed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (users.GetUserId(User) == uzytkownik && await users.FindByIdAsync(uzytkownik!) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
