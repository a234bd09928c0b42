using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Admin.Services;
using PesTor.ContentManagement;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Contents;

/// <summary>
/// Bulk publish, unpublish and delete from the content list: the first POST shows what will happen to which items and asks
/// to confirm; the second runs it item by item through the content manager and reports the outcome.
/// </summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class BulkModel(IContentManager contents, BulkContentActions actions) : PageModel
{
    private const int MaxItems = 200;

    [BindProperty]
    public List<string> Ids { get; set; } = [];

    [BindProperty]
    public BulkAction Action { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public BulkResult? Result { get; private set; }

    public string BackUrl => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : AdminUrls.Contents;

    public IActionResult OnGet() => Redirect(AdminUrls.Contents);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Ids.Count == 0 || Ids.Count > MaxItems)
        {
            return Page();
        }

        Items = await contents.GetManyAsync(Ids, VersionOptions.Latest, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Ids.Count == 0 || Ids.Count > MaxItems)
        {
            return Page();
        }

        Result = await actions.RunAsync(Action, Ids, cancellationToken);
        return Page();
    }
}
