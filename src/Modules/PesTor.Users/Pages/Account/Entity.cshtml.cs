using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>A PES representative finds their entity in the base and asks for it, or proposes a new one; sees their claims.</summary>
[Authorize(Roles = RoleNames.PesRepresentative)]
public sealed class EntityModel(
    EntityClaims claims,
    IEntityClaimStore store,
    IContentQueryService queries,
    IContentManager contents,
    IStringLocalizer<AccountTexts> T) : PageModel
{
    private const int ResultLimit = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public EntityProposal Input { get; set; } = new();

    public IReadOnlyList<EntityClaim> Claims { get; private set; } = [];

    public IReadOnlyList<ContentItem> Found { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> LegalForms { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query["wyslano"] == "1")
        {
            Notice = T["Zgłoszenie zostało wysłane. Urząd Miasta je rozpatrzy; decyzję zobaczysz tutaj i w wiadomości e-mail."];
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostClaimAsync(string entityId, CancellationToken cancellationToken)
    {
        var errors = await claims.ClaimExistingAsync(entityId, message: null, cancellationToken);
        return await AfterAsync(errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        var errors = await claims.ProposeAsync(Input, cancellationToken);
        return await AfterAsync(errors, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(FormErrors errors, CancellationToken cancellationToken)
    {
        if (errors.IsEmpty)
        {
            return RedirectToPage(new { wyslano = 1 });
        }

        ModelState.AddFormErrors(errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Claims = await store.ListForUserAsync(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, cancellationToken);
        LegalForms = (await contents.GetAsync(EntityClaims.LegalFormsTaxonomy, VersionOptions.Published, cancellationToken))?.As<TaxonomyPart>()?.Terms ?? [];
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Query = Query.Trim();
            Found = (await queries.ListAsync(new ContentQuery
            {
                ContentTypes = [EntityClaims.EntityType],
                Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, Query),
                OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
                Take = ResultLimit,
            }, cancellationToken: cancellationToken)).Items;
        }
    }
}
