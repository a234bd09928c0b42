using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Maps.Models;
using PesTor.Maps.Services;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Maps;

/// <summary>
/// The entities layer read from the index tables (IContentIndexReader: the content query's permission filter, keyset
/// pages) and its cached body, on both databases: items without a place, drafts, points on a box's edges, paging, and a
/// cache that follows publish, unpublish and removal.
/// </summary>
public abstract class MapLayerIndexTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    private const string Prefix = "Warstwa ";
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Seeding.WaitAsync();
        try
        {
            await Site.RunAsSystemAsync(async s =>
            {
                var contents = s.GetRequiredService<IContentManager>();
                if (await s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
                    {
                        ContentTypes = ["Entity"],
                        Status = ContentStatus.Latest,
                        Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, Prefix),
                    }) > 0)
                {
                    return;
                }

                await EntityAsync(contents, Prefix + "Środek", 53.01m, 18.60m, "fundacja");
                await EntityAsync(contents, Prefix + "Róg", 53.05m, 18.70m, "stowarzyszenie");
                await EntityAsync(contents, Prefix + "Bez Miejsca", null, null, "fundacja");
                await EntityAsync(contents, Prefix + "Szkic", 53.02m, 18.62m, "fundacja", publish: false);
            });
        }
        finally
        {
            Seeding.Release();
        }
    }

    [Fact]
    public async Task The_layer_has_the_published_items_with_a_place_and_what_their_features_show()
    {
        var features = await LayerAsync(new MapFilters { Text = Prefix });

        Assert.Equal([Prefix + "Róg", Prefix + "Środek"], features.Select(f => f.Title).Order(StringComparer.Ordinal));
        var centre = features.Single(f => f.Title == Prefix + "Środek");
        Assert.Equal(53.01, centre.Latitude, 9);
        Assert.Equal(18.60, centre.Longitude, 9);
        Assert.Equal("Fundacja", centre.Category);
        Assert.Equal("entities", centre.Kind);
        Assert.StartsWith("/podmioty/warstwa-srodek", centre.Url, StringComparison.Ordinal);
        Assert.Equal("Stowarzyszenie", features.Single(f => f.Title == Prefix + "Róg").Category);
    }

    [Fact]
    public async Task Points_on_the_edges_of_the_box_are_in_and_moving_an_edge_inwards_leaves_them_out()
    {
        var onEdges = await LayerAsync(new MapFilters { Text = Prefix, Box = new GeoBox(South: 53.01, West: 18.60, North: 53.05, East: 18.70) });
        var southIn = await LayerAsync(new MapFilters { Text = Prefix, Box = new GeoBox(South: 53.0100001, West: 18.60, North: 53.05, East: 18.70) });
        var eastIn = await LayerAsync(new MapFilters { Text = Prefix, Box = new GeoBox(South: 53.01, West: 18.60, North: 53.05, East: 18.6999999) });

        Assert.Equal(2, onEdges.Count);
        Assert.Equal([Prefix + "Róg"], southIn.Select(f => f.Title));
        Assert.Equal([Prefix + "Środek"], eastIn.Select(f => f.Title));
    }

    [Fact]
    public async Task The_reader_pages_by_keyset_and_gives_null_for_an_item_without_a_value()
    {
        var rows = new List<ContentIndexRow>();
        var pages = 0;
        await Site.RunAsAsync(null, async s =>
        {
            var reader = s.GetRequiredService<IContentIndexReader>();
            var query = new ContentIndexQuery
            {
                Query = new ContentQuery
                {
                    ContentTypes = ["Entity"],
                    Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, Prefix),
                },
                Columns = [new("Entity", "Location", "Latitude"), new("Entity", "LegalForm"), new("Entity", "Employees")],
                Take = 1,
            };
            do
            {
                var page = await reader.ReadAsync(query);
                rows.AddRange(page.Rows);
                pages++;
                query = query with { After = page.Next };
            }
            while (query.After is not null);
        });

        // Three published items (the draft is not published), one a page, each once.
        Assert.Equal(3, pages);
        Assert.Equal([Prefix + "Bez Miejsca", Prefix + "Róg", Prefix + "Środek"], rows.Select(r => r.DisplayText).Order(StringComparer.Ordinal));
        var unplaced = rows.Single(r => r.DisplayText == Prefix + "Bez Miejsca");
        Assert.Null(unplaced.Values[0]);
        Assert.Equal("fundacja", unplaced.Values[1]);
        Assert.Null(unplaced.Values[2]);
        Assert.Equal(53.05, Assert.IsType<double>(rows.Single(r => r.DisplayText == Prefix + "Róg").Values[0]), 9);
    }

    [Fact]
    public async Task The_reader_applies_the_callers_rights_and_names_an_unknown_column()
    {
        var drafts = new ContentIndexQuery
        {
            Query = new ContentQuery
            {
                ContentTypes = ["Entity"],
                Status = ContentStatus.Draft,
                Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, Prefix),
            },
        };

        ContentIndexPage? anonymous = null;
        await Site.RunAsAsync(null, async s => anonymous = await s.GetRequiredService<IContentIndexReader>().ReadAsync(drafts));
        var system = await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentIndexReader>().ReadAsync(drafts));

        Assert.Empty(anonymous!.Rows);
        Assert.Equal([Prefix + "Szkic"], system.Rows.Select(r => r.DisplayText));

        var error = await Assert.ThrowsAsync<ContentQueryException>(() => Site.RunAsSystemAsync(s =>
            s.GetRequiredService<IContentIndexReader>().ReadAsync(drafts with { Columns = [new("Entity", "Nowhere")] })));
        Assert.Equal("columns[0].Entity.Nowhere", error.Path);
    }

    [Fact]
    public async Task The_cached_layer_follows_publishing_unpublishing_and_removal()
    {
        using var client = Site.CreateClient();
        var title = Prefix + "Nowy " + Guid.NewGuid().ToString("N")[..6];
        var query = "/api/geo/entities?q=" + Uri.EscapeDataString(title);

        var (before, beforeTag) = await GetAsync(client, query);
        var (again, againTag) = await GetAsync(client, query);
        Assert.Empty(before);
        Assert.Equal(beforeTag, againTag);
        Assert.Empty(again);

        var item = await Site.RunAsSystemAsync(s => EntityAsync(s.GetRequiredService<IContentManager>(), title, 53.03m, 18.65m, "fundacja"));
        var (published, publishedTag) = await GetAsync(client, query);
        Assert.Equal([title], published);
        Assert.NotEqual(beforeTag, publishedTag);

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.UnpublishAsync((await contents.GetAsync(item.ContentItemId, VersionOptions.Published))!);
        });
        Assert.Empty((await GetAsync(client, query)).Titles);

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var latest = (await contents.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            Assert.True(await contents.PublishAsync(latest));
        });
        Assert.Equal([title], (await GetAsync(client, query)).Titles);

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.RemoveAsync((await contents.GetAsync(item.ContentItemId, VersionOptions.Latest))!);
        });
        Assert.Empty((await GetAsync(client, query)).Titles);
    }

    [Fact]
    public async Task A_person_cannot_save_a_point_outside_the_sites_map_area_but_a_recipe_can()
    {
        var title = "Obszar Warszawa " + Guid.NewGuid().ToString("N")[..6];
        ContentValidationException? refused = null;
        await Site.RunAsAsync("admin", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            refused = await Assert.ThrowsAsync<ContentValidationException>(() => EntityAsync(contents, title, 52.2297m, 21.0122m, "fundacja"));
        });

        var error = Assert.Single(refused!.Errors);
        Assert.Equal("Entity.Location", error.Path);
        Assert.Contains("outside the site's map area", error.Message, StringComparison.Ordinal);
        Assert.Empty(await LayerAsync(new MapFilters { Text = title }));
        Assert.Equal(0, await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
        {
            ContentTypes = ["Entity"],
            Status = ContentStatus.Latest,
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, title),
        })));

        // Inside the area the same person saves; the system (recipes, imports) may place a point anywhere.
        await Site.RunAsAsync("admin", s => EntityAsync(s.GetRequiredService<IContentManager>(), title + " Toruń", 53.0138m, 18.5984m, "fundacja"));
        await Site.RunAsSystemAsync(s => EntityAsync(s.GetRequiredService<IContentManager>(), title, 52.2297m, 21.0122m, "fundacja"));
        Assert.Equal([title, title + " Toruń"], (await LayerAsync(new MapFilters { Text = title })).Select(f => f.Title).Order(StringComparer.Ordinal));
    }

    private async Task<List<MapFeature>> LayerAsync(MapFilters filters)
    {
        IReadOnlyList<MapFeature> features = [];
        await Site.RunAsAsync(null, async s => features = await s.GetRequiredService<MapFeatureQuery>().ListAsync(MapLayer.Entities, filters, CancellationToken.None));
        return [.. features];
    }

    private static async Task<(List<string> Titles, string ETag)> GetAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("identity"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var titles = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("title").GetString()!)
            .ToList();
        return (titles, response.Headers.ETag!.Tag);
    }

    private static async Task<ContentItem> EntityAsync(IContentManager contents, string title, decimal? lat, decimal? lon, string legalForm, bool publish = true)
    {
        var entity = await ContentBuilders.NewEntityAsync(contents, title, legalForm);
        if (lat is not null)
        {
            entity.ApplyField("Entity", "Location", new GeoPointField { Latitude = lat, Longitude = lon });
        }

        await contents.CreateAsync(entity, publish);
        return entity;
    }
}

public sealed class SqliteMapLayerIndexTests(SqliteSite site) : MapLayerIndexTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresMapLayerIndexTests(PostgresSite site) : MapLayerIndexTests<PostgresSite>(site), IClassFixture<PostgresSite>;
