using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Theme.Services;

namespace PesTor.Theme.Pages;

/// <summary>
/// Any published item by its autoroute path (Orchard's Autoroute): one indexed lookup of AutoroutePart.Path through the
/// content query, so drafts and private types answer 404 like paths that do not exist.
/// </summary>
public sealed class ItemModel(IContentQueryService queries, FieldDisplay fields) : PageModel
{
    public ContentItem Item { get; private set; } = new();

    public IReadOnlyList<DisplayedField> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string path, CancellationToken cancellationToken)
    {
        var page = await queries.ListAsync(new ContentQuery
        {
            Where = ContentFilter.ByField("AutoroutePart", "Path", FilterOperator.Eq, path.Trim('/').ToLowerInvariant()),
            Take = 1,
        }, cancellationToken: cancellationToken);
        if (page.Items is not [var item])
        {
            return NotFound();
        }

        Item = item;
        Fields = await fields.FieldsAsync(item, cancellationToken);
        return Page();
    }
}
