using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Admin.Editors;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Contents;

/// <summary>The latest version (a draft too) as readers would get its values, before it is published.</summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class PreviewModel(IContentManager contents, IContentDefinitionManager definitions, ContentEditor editor, EditorTexts texts) : PageModel
{
    public ContentItem Item { get; private set; } = new();

    public IReadOnlyList<ValueLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item
            || await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        Item = item;
        Lines = texts.Lines(await editor.ShowAsync(type, item, cancellationToken)).Where(l => l.Text.Length > 0).ToList();
        return Page();
    }
}
