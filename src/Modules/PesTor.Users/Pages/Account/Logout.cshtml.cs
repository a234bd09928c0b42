using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PesTor.Users.Pages.Account;

/// <summary>Sign-out is a POST with the antiforgery token (a link or image elsewhere cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<PesTorUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
