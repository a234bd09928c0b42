using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Theme.OutputCaching;
using PesTor.Theme.Services;

namespace PesTor.Theme.Endpoints;

/// <summary>
/// <c>/sitemap.xml</c>: the fixed pages and every published item with a public address (read as the visitor, so nothing
/// private or unpublished appears); <c>/robots.txt</c> points to it and keeps crawlers out of the admin, accounts and APIs.
/// </summary>
public static class SitemapEndpoints
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxUrls = 50_000;

    private const int Batch = 1000;

    private static readonly string[] FixedPages = ["/", "/program", .. Directories.Directories.All.Select(d => d.Path)];

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder routes)
    {
        PublicPageAttribute.AsPublicPage(routes.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text($"User-agent: *\nDisallow: /admin\nDisallow: /konto\nDisallow: /api\nDisallow: /jezyk\nSitemap: {Origin(context)}/sitemap.xml\n", "text/plain; charset=utf-8")));

        PublicPageAttribute.AsPublicPage(routes.MapGet("/sitemap.xml", async (HttpContext context, IContentDefinitionManager definitions, IContentQueryService queries, CancellationToken cancellationToken) =>
        {
            var document = await definitions.GetDocumentAsync(cancellationToken);
            var routed = document.ContentTypes.Where(t => t.HasPart("AutoroutePart")).Select(t => t.Name).ToList();
            context.TagTypes(routed);
            context.Response.ContentType = "application/xml; charset=utf-8";

            var origin = Origin(context);
            await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in FixedPages)
            {
                await WriteUrlAsync(xml, origin + page, null);
            }

            var written = FixedPages.Length;
            for (var skip = 0; routed.Count > 0 && written < MaxUrls; skip += Batch)
            {
                var items = (await queries.ListAsync(new ContentQuery
                {
                    ContentTypes = routed,
                    OrderBy = [ContentOrder.By(ContentColumn.ContentItemId)],
                    Skip = skip,
                    Take = Math.Min(Batch, MaxUrls - written),
                }, cancellationToken: cancellationToken)).Items;
                foreach (var item in items)
                {
                    await WriteUrlAsync(xml, origin + Paths.Of(item), item.ModifiedUtc ?? item.PublishedUtc);
                }

                written += items.Count;
                if (items.Count < Batch)
                {
                    break;
                }
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }));
        return routes;
    }

    private static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";

    private static async Task WriteUrlAsync(XmlWriter xml, string url, DateTime? modified)
    {
        await xml.WriteStartElementAsync(null, "url", null);
        await xml.WriteElementStringAsync(null, "loc", null, url);
        if (modified is { } date)
        {
            await xml.WriteElementStringAsync(null, "lastmod", null, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
    }
}
