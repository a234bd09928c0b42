using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Metadata;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>The caller's own items with their state; publish and unpublish where the caller's roles allow.</summary>
[Authorize]
public sealed class ItemsModel(MyContent mine, IContentDefinitionManager definitions, IStringLocalizer<AccountTexts> T) : PageModel
{
    public IReadOnlyList<MyContent.Row> Rows { get; private set; } = [];

    public IReadOnlyList<string> CreatableTypes { get; private set; } = [];

    public IReadOnlyList<MyContent.AddressedRow> Addressed { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = Request.Query["zrobione"].ToString() switch
        {
            "szkic" => T["Zapisano szkic."].Value,
            "opublikowano" => T["Opublikowano."].Value,
            "wycofano" => T["Wycofano z publikacji."].Value,
            "moderacja" => T["Zapisano. Urząd Miasta sprawdzi treść i ją opublikuje."].Value,
            _ => null,
        };
        CreatableTypes = mine.CreatableTypes;
        Rows = await mine.ListAsync(cancellationToken);
        var types = (await definitions.GetDocumentAsync(cancellationToken)).ContentTypes.Select(t => t.Name).ToList();
        Addressed = await mine.AddressedToMeAsync(types, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken)
    {
        await mine.PublishAsync(id, publish: true, cancellationToken);
        return RedirectToPage(new { zrobione = "opublikowano" });
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken)
    {
        await mine.PublishAsync(id, publish: false, cancellationToken);
        return RedirectToPage(new { zrobione = "wycofano" });
    }
}
