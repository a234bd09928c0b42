using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Indexing;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Contents;

/// <summary>Over 10 000 items a filtered, ordered page is one statement plus one count, and only the page is loaded.</summary>
public abstract class LargeQueryTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    private const int Items = 10_000;

    protected TSite Site { get; } = site;

    public Task InitializeAsync() => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        if (await contents.GetAsync(TestModel.LegalFormsId, VersionOptions.Latest) is not null)
        {
            return;
        }

        await ContentBuilders.LegalFormsAsync(contents);
        string[] forms = ["fundacja", "stowarzyszenie", "spoldzielnia_socjalna"];
        var batch = Enumerable.Range(0, Items).Select(i =>
        {
            var item = new ContentItem
            {
                ContentItemId = $"bulk{i:D6}",
                ContentItemVersionId = $"bulk{i:D6}v1",
                ContentType = "Entity",
                DisplayText = $"Podmiot {i:D5}",
                Latest = true,
                Published = true,
                CreatedUtc = DateTime.UtcNow,
                ModifiedUtc = DateTime.UtcNow,
                PublishedUtc = DateTime.UtcNow,
            };
            var form = forms[i % forms.Length];
            item.Apply(new TitlePart { Title = item.DisplayText });
            item.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = TestModel.LegalFormsId, TermContentItemIds = [form] });
            IReadOnlyList<FieldIndexRow> rows = [new FieldIndexRow(IndexKind.Taxonomy, "Entity", "LegalForm") { Ref = form, Ref2 = TestModel.LegalFormsId }];
            return (item, rows);
        }).ToList();

        var unitOfWork = s.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync();
        await s.GetRequiredService<IContentStore>().InsertManyAsync(batch);
        await transaction.CommitAsync();
    });

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_filtered_ordered_page_over_ten_thousand_items_loads_only_the_page()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var queries = s.GetRequiredService<IContentQueryService>();
            var query = new ContentQuery
            {
                ContentTypes = ["Entity"],
                Where = ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "stowarzyszenie"),
                OrderBy = [ContentOrder.By(ContentColumn.DisplayText, descending: true)],
                Skip = 40,
                Take = 20,
            };

            ContentPage page;
            using (Site.Sql.Record())
            {
                page = await queries.ListAsync(query, includeTotal: true);
            }

            Assert.Equal(20, page.Items.Count);
            Assert.Equal(3333, page.Total);
            Assert.Equal("Podmiot 09877", page.Items[0].DisplayText);
            var reads = string.Join("\n----\n", Site.Sql.Reads.Select(r => $"{r.Rows} rows: {r.Sql}"));
            Assert.True(Site.Sql.Reads.Single(r => r.Sql.Contains("LIMIT", StringComparison.Ordinal) && r.Sql.Contains("TaxonomyFieldIndex", StringComparison.Ordinal)).Rows == 20, reads);
            Assert.Contains(Site.Sql.Statements, sql => sql.Contains("LIMIT", StringComparison.Ordinal) && sql.Contains("TaxonomyFieldIndex", StringComparison.Ordinal));
            Assert.Contains(Site.Sql.Statements, sql => sql.Contains("COUNT(*)", StringComparison.Ordinal));
        });
    }
}

public sealed class SqliteLargeQueryTests(SqliteSite site) : LargeQueryTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresLargeQueryTests(PostgresSite site) : LargeQueryTests<PostgresSite>(site), IClassFixture<PostgresSite>;
