using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Theme.OutputCaching;
using PesTor.Theme.Services;

namespace PesTor.Theme.Pages;

/// <summary>
/// Any published item by its autoroute path (Orchard's Autoroute): one indexed lookup of AutoroutePart.Path through the
/// content query, so drafts and private types answer 404 like paths that do not exist. With the item: what belongs with
/// it (<see cref="RelatedItems"/>), its event's date and place, and its address with the district linked.
/// </summary>
[PublicPage]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ItemModel(IContentQueryService queries, FieldDisplay fields, RelatedItems related, TaxonomyNames taxonomies) : PageModel
{
    public ContentItem Item { get; private set; } = new();

    public IReadOnlyList<DisplayedField> Fields { get; private set; } = [];

    public IReadOnlyList<RelatedItems.Section> Related { get; private set; } = [];

    public int? ResponseCount { get; private set; }

    public TaxonomyTerm? District { get; private set; }

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
        HttpContext.TagItems(item.ContentItemId);
        HttpContext.TagTypes(["Entity", "Taxonomy", .. RelatedItems.TypesFor(item.ContentType)]);
        Fields = await fields.FieldsAsync(item, cancellationToken);
        Related = await related.ForAsync(item, cancellationToken);
        ResponseCount = await related.ResponseCountAsync(item, cancellationToken);
        if (item.As<AddressPart>()?.District is { } district)
        {
            await taxonomies.LoadAsync([district.TaxonomyContentItemId ?? ""], cancellationToken);
            District = taxonomies.Terms(district).FirstOrDefault();
        }

        return Page();
    }

    /// <summary>The page's own absolute address (Open Graph, schema.org).</summary>
    public string PageUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Paths.Of(Item)}";
}
