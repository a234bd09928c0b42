using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Search.Models;
using PesTor.Search.Services;
using PesTor.Security;

namespace PesTor.Search.Pages.Admin;

/// <summary>
/// <c>/admin/search</c>: this node's indexes (documents, cursor, lag, last error) for administrators, and a rebuild
/// button for those who manage definitions. The rebuild runs in the background service; the page shows it was asked for.
/// </summary>
public sealed class SearchIndexModel(IContentAuthorizer authorizer) : PageModel
{
    // The indexer is internal to the module; Razor page models must be public, so it is resolved here, not injected.
    private SearchIndexer Indexer => HttpContext.RequestServices.GetRequiredService<SearchIndexer>();

    internal SearchIndexerStatus Status { get; private set; } = null!;

    public bool MayRebuild { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await DenyAsync(ContentPermissions.AccessAdmin, cancellationToken) is { } denied)
        {
            return denied;
        }

        MayRebuild = await authorizer.HasPermissionAsync(User, ContentPermissions.ManageDefinitions, cancellationToken);
        Status = await Indexer.StatusAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        if (await DenyAsync(ContentPermissions.ManageDefinitions, cancellationToken) is { } denied)
        {
            return denied;
        }

        Indexer.RequestRebuild();
        Message = "Przebudowa indeksów została zlecona; odśwież stronę, aby zobaczyć postęp.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> DenyAsync(string permission, CancellationToken cancellationToken) =>
        User.Identity?.IsAuthenticated != true ? StatusCode(StatusCodes.Status401Unauthorized)
        : await authorizer.HasPermissionAsync(User, permission, cancellationToken) ? null
        : StatusCode(StatusCodes.Status403Forbidden);

    internal static string Lag(SearchIndexStatus index, DateTime now) => index.OldestPendingUtc is { } oldest
        ? $"{index.PendingMessages} wiadomości, najstarsza sprzed {Math.Max(0, (now - oldest).TotalSeconds):0} s"
        : "brak – indeks jest aktualny";

    internal static string IndexName(SearchIndexName name) => name == SearchIndexName.Public ? "Publiczny (wersje opublikowane)" : "Redakcyjny (najnowsze wersje)";
}
