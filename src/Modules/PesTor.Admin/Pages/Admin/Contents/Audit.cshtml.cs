using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Audit;
using PesTor.ContentManagement;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Contents;

/// <summary>Who did what to an item and when, newest first; for callers who may edit the item (as its version history).</summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class AuditModel(IContentManager contents, IAuditTrail audit) : PageModel
{
    private const int Shown = 200;

    public ContentItem Item { get; private set; } = new();

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var versions = await contents.GetVersionsAsync(id, cancellationToken);
        if (versions.Count == 0)
        {
            return NotFound();
        }

        Item = versions[^1];
        Entries = await audit.ForItemAsync(id, Shown, cancellationToken);
        return Page();
    }
}
