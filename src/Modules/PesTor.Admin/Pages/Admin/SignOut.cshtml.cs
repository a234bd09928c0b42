using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace PesTor.Admin.Pages.Admin;

/// <summary>Signs the caller out (a POST with the antiforgery token, from the header's button or this page's form).</summary>
[Authorize]
public sealed class SignOutModel(ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("User {UserName} signed out of the admin", User.Identity?.Name);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return LocalRedirect("/");
    }
}
