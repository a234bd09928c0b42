using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

public sealed class RegisterModel(AccountRegistration registration) : PageModel
{
    [BindProperty]
    public RegistrationForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await registration.RegisterAsync(Input, cancellationToken);
        if (errors.IsEmpty)
        {
            return RedirectToPage("CheckEmail");
        }

        ModelState.AddFormErrors(errors);
        return Page();
    }
}
