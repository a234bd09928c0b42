using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Admin.Editors;
using PesTor.Admin.Services;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Contents;

/// <summary>
/// An item's versions, oldest first: any two compared field by field, and any one restored as a new draft (the content
/// manager checks that the caller may edit the item).
/// </summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class VersionsModel(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ContentEditor editor,
    EditorTexts texts,
    IStringLocalizer<AdminText> T) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "a")]
    public string? Older { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public string? Newer { get; set; }

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public IReadOnlyList<DiffLine>? Differences { get; private set; }

    public string? Error { get; private set; }

    public ContentItem Latest => Versions[^1];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Versions = await contents.GetVersionsAsync(id, cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        var older = Versions.FirstOrDefault(v => v.ContentItemVersionId == Older);
        var newer = Versions.FirstOrDefault(v => v.ContentItemVersionId == Newer);
        if (older is not null && newer is not null
            && await definitions.GetTypeDefinitionAsync(newer.ContentType, cancellationToken) is { } type)
        {
            Differences = VersionDiff.Compare(
                texts.Lines(await editor.ShowAsync(type, older, cancellationToken)),
                texts.Lines(await editor.ShowAsync(type, newer, cancellationToken)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        try
        {
            var restored = await contents.RestoreAsync(versionId, publish: false, cancellationToken);
            if (restored.ContentItemId == id)
            {
                return Redirect($"{AdminUrls.Edit(id)}?zapisano=przywrocono");
            }

            Error = T["Ta wersja należy do innego elementu."];
        }
        catch (ContentValidationException)
        {
            Error = T["Nie ma takiej wersji."];
        }
        catch (ContentAccessDeniedException)
        {
            return Forbid();
        }
        catch (ContentConcurrencyException)
        {
            Error = T["Ktoś zapisał ten element w międzyczasie; spróbuj ponownie."];
        }

        Versions = await contents.GetVersionsAsync(id, cancellationToken);
        return Versions.Count == 0 ? NotFound() : Page();
    }
}
