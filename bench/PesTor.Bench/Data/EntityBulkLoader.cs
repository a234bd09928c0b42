using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Hosting;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Contents.Services;
using PesTor.Data;
using PesTor.Indexing;

namespace PesTor.Bench.Data;

/// <summary>
/// Loads entities fast through <see cref="IContentStore.InsertManyAsync"/>: each batch in its own scope and transaction,
/// every item one published + latest version with the JSON and the index rows the content manager would write for it
/// (built with the engine's own <see cref="IndexRows"/> helpers), without running validation per item.
/// </summary>
internal static class EntityBulkLoader
{
    public const int BatchSize = 2_000;

    public static async Task<TimeSpan> LoadAsync(BenchSite site, IEnumerable<DatasetEntity> entities, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = DateTime.UtcNow;
        foreach (var chunk in entities.Chunk(BatchSize))
        {
            var batch = Array.ConvertAll(chunk, entity => Build(entity, now));
            await site.RunAsSystemAsync(async services =>
            {
                var unitOfWork = services.GetRequiredService<IUnitOfWork>();
                await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
                await services.GetRequiredService<IContentStore>().InsertManyAsync(batch, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }

        return stopwatch.Elapsed;
    }

    /// <summary>One published version of an Entity with its parts and index rows.</summary>
    public static (ContentItem Item, IReadOnlyList<FieldIndexRow> IndexRows) Build(DatasetEntity entity, DateTime now)
    {
        var path = BenchModel.PathPattern.Replace("{slug}", entity.Slug, StringComparison.Ordinal);
        var html = "<p>" + EscapeText(entity.Description) + "</p>";
        var legalForm = new TaxonomyField { TaxonomyContentItemId = BenchModel.LegalFormsId, TermContentItemIds = [entity.LegalForm] };
        var location = new GeoPointField { Latitude = (decimal)entity.Lat, Longitude = (decimal)entity.Lng };

        var item = new ContentItem
        {
            ContentItemId = ContentIds.New(),
            ContentItemVersionId = ContentIds.New(),
            ContentType = BenchModel.EntityType,
            DisplayText = entity.Name,
            Latest = true,
            Published = entity.Published,
            CreatedUtc = now,
            ModifiedUtc = now,
            PublishedUtc = entity.Published ? now : null,
        };
        item.Apply(new TitlePart { Title = entity.Name })
            .Apply(new AutoroutePart { Path = path })
            .Apply(new HtmlBodyPart { Html = html })
            .Apply(new AddressPart { City = entity.City })
            .ApplyField(BenchModel.EntityType, EntityFields.LegalForm, legalForm)
            .ApplyField(BenchModel.EntityType, EntityFields.Location, location);

        List<FieldIndexRow> rows =
        [
            .. IndexRows.Text(PartNames.Autoroute, nameof(AutoroutePart.Path), path),
            .. IndexRows.Html(PartNames.HtmlBody, nameof(HtmlBodyPart.Html), html),
            .. IndexRows.Text(PartNames.Address, nameof(AddressPart.City), entity.City),
            .. IndexRows.Taxonomy(BenchModel.EntityType, EntityFields.LegalForm, legalForm.TaxonomyContentItemId, legalForm.TermContentItemIds),
        ];
        if (IndexRows.GeoPoint(BenchModel.EntityType, EntityFields.Location, location) is { } geo)
        {
            rows.Add(geo);
        }

        return (item, rows);
    }

    /// <summary>What the sanitizer leaves of plain text inside a paragraph: the text with &amp;, &lt; and &gt; escaped.</summary>
    private static string EscapeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
