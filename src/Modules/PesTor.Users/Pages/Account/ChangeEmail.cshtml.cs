using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>Asks for a new e-mail address; the change happens when the link sent there is opened (see <see cref="EmailChange"/>).</summary>
[Authorize]
public sealed class ChangeEmailModel(UserManager<PesTorUser> users, EmailChange change) : PageModel
{
    [BindProperty]
    public EmailChangeForm Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";

    public string? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? "";
        var errors = await change.RequestAsync(user, Input, cancellationToken);
        if (errors.IsEmpty)
        {
            Sent = Input.NewEmail.Trim();
            Input = new EmailChangeForm();
            ModelState.Clear();
        }
        else
        {
            ModelState.AddFormErrors(errors);
        }

        return Page();
    }
}
