using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Admin.Services;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Settings;

/// <summary>The site's SMTP settings (ManageSettings) and a test message sent through the saved ones.</summary>
[Authorize(Policy = PermissionPolicies.ManageSettings)]
public sealed class SmtpModel(SmtpSettingsAdministration administration, IStringLocalizer<AdminText> T) : PageModel
{
    [BindProperty]
    public SmtpSettingsForm Input { get; set; } = new();

    [BindProperty]
    public string? TestTo { get; set; }

    public bool HasPassword { get; private set; }

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = Request.Query["zapisano"] == "1" ? T["Zapisano ustawienia poczty."].Value
            : Request.Query["wyslano"] is { Count: 1 } sent ? T["Wysłano wiadomość próbną na adres {0}.", sent.ToString()].Value
            : null;
        (Input, HasPassword) = await administration.GetAsync(cancellationToken);
        TestTo = User.FindFirstValue(ClaimTypes.Email);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await administration.SaveAsync(Input, cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect("/admin/ustawienia/poczta?zapisano=1");
        }

        ModelState.Clear();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError("Input." + field, message);
        }

        HasPassword = (await administration.GetAsync(cancellationToken)).HasPassword;
        return Page();
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        var error = await administration.SendTestAsync(TestTo, cancellationToken);
        if (error is null)
        {
            return Redirect("/admin/ustawienia/poczta?wyslano=" + Uri.EscapeDataString(TestTo!.Trim()));
        }

        ModelState.Clear();
        ModelState.AddModelError(nameof(TestTo), error);
        (Input, HasPassword) = await administration.GetAsync(cancellationToken);
        return Page();
    }
}
