using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.GraphQL.ApiClients;
using PesTor.Security;

namespace PesTor.GraphQL.Pages.Admin.ApiClients;

/// <summary>
/// API clients in the admin (<c>/admin/api-clients</c>, ManageSettings): create one (its token is shown on this answer
/// only, never stored), see them all, revoke one.
/// </summary>
[Authorize(Policy = PermissionPolicies.ManageSettings)]
public sealed class IndexModel(ApiClientStore store) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Podaj nazwę klienta. / Give the client a name.")]
    [StringLength(100, ErrorMessage = "Nazwa może mieć najwyżej 100 znaków. / The name may have at most 100 characters.")]
    public string? Name { get; set; }

    [BindProperty]
    public ApiClientScope Scope { get; set; } = ApiClientScope.Read;

    [TempData]
    public string? Message { get; set; }

    /// <summary>The new client's token, on the answer to its creation only.</summary>
    public string? NewToken { get; private set; }

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Clients = await store.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Scope))
        {
            ModelState.AddModelError(nameof(Scope), English ? "Choose a scope." : "Wybierz zakres.");
        }

        if (ModelState.IsValid)
        {
            var (client, token) = await store.CreateAsync(Name!, Scope, User.Identity?.Name, cancellationToken);
            NewToken = token;
            Name = null;
            Message = English ? $"Created the client “{client.Name}”." : $"Utworzono klienta „{client.Name}”.";
        }

        // No redirect: the token must not travel through TempData or a URL, so it is shown on this answer alone.
        Clients = await store.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken cancellationToken)
    {
        Message = await store.RevokeAsync(id ?? "", User.Identity?.Name, cancellationToken)
            ? (English ? "The client was revoked: its token no longer works." : "Klienta unieważniono: jego token już nie działa.")
            : (English ? "There is no such active client." : "Nie ma takiego aktywnego klienta.");
        return RedirectToPage("/Admin/ApiClients/Index");
    }
}
