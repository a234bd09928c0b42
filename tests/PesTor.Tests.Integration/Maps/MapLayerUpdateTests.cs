using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Maps.Models;
using PesTor.Maps.Services;
using PesTor.Queries;
using PesTor.Security;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Maps;

/// <summary>
/// The cached entities layer updated from the outbox's changed items rather than rebuilt, on both databases: every kind
/// of change (publish, rename, move, unpublish, removal, leaving and entering the filters, a renamed category term, a
/// rolled-back change) is on the very next layer, the updated layer is byte for byte the layer built afresh, and only the
/// changed items are read again. Each test has its own title prefix, so its own cache entry and items.
/// </summary>
public abstract class MapLayerUpdateTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    [Fact]
    public async Task Renaming_and_moving_items_shows_at_once_and_the_updated_layer_is_the_layer_built_afresh()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var first = await CreateAsync(prefix + "Pierwszy", 53.01m, 18.60m);
        var second = await CreateAsync(prefix + "Drugi", 53.02m, 18.61m, "stowarzyszenie");
        await CreateAsync(prefix + "Trzeci", 53.03m, 18.62m);
        var before = await LayerAsync(filters);
        Assert.Equal(3, before.Count);

        await ChangeAsync(first, item => item.Apply(new TitlePart { Title = prefix + "Pierwszy po zmianie" }));
        await ChangeAsync(second, item => item.ApplyField("Entity", "Location", new GeoPointField { Latitude = 53.04m, Longitude = 18.64m }));
        var after = await LayerAsync(filters);

        var features = Features(after);
        Assert.Equal([prefix + "Drugi", prefix + "Pierwszy po zmianie", prefix + "Trzeci"], features.Select(f => f.Title).Order(StringComparer.Ordinal));
        var moved = features.Single(f => f.Id == second);
        Assert.Equal((53.04, 18.64), (moved.Latitude, moved.Longitude));
        Assert.Equal("Stowarzyszenie", moved.Category);
        Assert.NotEqual(before.ETag, after.ETag);

        var fresh = await FreshLayerAsync(filters);
        Assert.Equal(fresh.Body, after.Body);
        Assert.Equal(fresh.ETag, after.ETag);
    }

    [Fact]
    public async Task Only_the_changed_items_are_read_again()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var changed = await CreateAsync(prefix + "Zmieniany", 53.01m, 18.60m);
        var untouched = await CreateAsync(prefix + "Nietknięty", 53.02m, 18.61m);
        await LayerAsync(filters);

        // A title written past the content manager (no outbox message) stands for "not read again": a full build would show it.
        await Site.RunAsSystemAsync(s => s.GetRequiredService<PesTorDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE \"ContentItems\" SET \"DisplayText\" = {0} WHERE \"ContentItemId\" = {1}", prefix + "Nietknięty z boku", untouched));
        await ChangeAsync(changed, item => item.Apply(new TitlePart { Title = prefix + "Zmieniony" }));

        var titles = Features(await LayerAsync(filters)).Select(f => f.Title).Order(StringComparer.Ordinal);
        Assert.Equal([prefix + "Nietknięty", prefix + "Zmieniony"], titles);
        var fresh = Features(await FreshLayerAsync(filters)).Select(f => f.Title).Order(StringComparer.Ordinal);
        Assert.Equal([prefix + "Nietknięty z boku", prefix + "Zmieniony"], fresh);

        // The query behind the update: the layer's filters narrowed by id in SQL.
        IReadOnlyList<MapFeature> asked = [];
        await Site.RunAsAsync(null, async s => asked = await s.GetRequiredService<MapFeatureQuery>().ListAsync(
            MapLayer.Entities, filters, new Dictionary<string, string>(), [changed, "no-such-item"], CancellationToken.None));
        Assert.Equal([changed], asked.Select(f => f.Id));
    }

    [Fact]
    public async Task A_change_the_map_does_not_show_keeps_the_body_and_its_etag()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var item = await CreateAsync(prefix + "Zatrudnienie", 53.01m, 18.60m);
        var before = await LayerAsync(filters);

        await ChangeAsync(item, i => i.ApplyField("Entity", "Employees", new NumericField { Value = 12 }));
        var after = await LayerAsync(filters);

        Assert.Same(before, after);
        Assert.Equal(before.ETag, after.ETag);
    }

    [Fact]
    public async Task New_unpublished_removed_and_republished_items_come_and_go_at_the_next_request()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var kept = await CreateAsync(prefix + "Stały", 53.01m, 18.60m);
        Assert.Equal([kept], Ids(await LayerAsync(filters)));

        var added = await CreateAsync(prefix + "Nowy", 53.02m, 18.61m);
        var draft = await CreateAsync(prefix + "Szkic", 53.02m, 18.61m, publish: false);
        Assert.Equal(new[] { kept, added }.Order(StringComparer.Ordinal), Ids(await LayerAsync(filters)));

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.UnpublishAsync((await contents.GetAsync(added, VersionOptions.Published))!);
        });
        Assert.Equal([kept], Ids(await LayerAsync(filters)));

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            Assert.True(await contents.PublishAsync((await contents.GetAsync(added, VersionOptions.Latest))!));
            Assert.True(await contents.PublishAsync((await contents.GetAsync(draft, VersionOptions.Latest))!));
        });
        Assert.Equal(new[] { kept, added, draft }.Order(StringComparer.Ordinal), Ids(await LayerAsync(filters)));

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.RemoveAsync((await contents.GetAsync(kept, VersionOptions.Latest))!);
        });
        var layer = await LayerAsync(filters);
        Assert.Equal(new[] { added, draft }.Order(StringComparer.Ordinal), Ids(layer));
        Assert.Equal((await FreshLayerAsync(filters)).Body, layer.Body);
    }

    [Fact]
    public async Task Items_leave_and_enter_the_filtered_layers_as_their_values_change()
    {
        var prefix = NewPrefix();
        var byForm = new MapFilters { Text = prefix, LegalForm = "fundacja" };
        var byBox = new MapFilters { Text = prefix, Box = new GeoBox(South: 53.00, West: 18.55, North: 53.05, East: 18.65) };
        var byText = new MapFilters { Text = prefix + "Fundacja" };
        var item = await CreateAsync(prefix + "Fundacja Zmienna", 53.01m, 18.60m);
        Assert.Equal([item], Ids(await LayerAsync(byForm)));
        Assert.Equal([item], Ids(await LayerAsync(byBox)));
        Assert.Equal([item], Ids(await LayerAsync(byText)));

        await ChangeAsync(item, i =>
        {
            i.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = TestModel.LegalFormsId, TermContentItemIds = ["stowarzyszenie"] });
            i.ApplyField("Entity", "Location", new GeoPointField { Latitude = 53.10m, Longitude = 18.70m });
            i.Apply(new TitlePart { Title = prefix + "Stowarzyszenie Zmienne" });
        });
        Assert.Empty(Ids(await LayerAsync(byForm)));
        Assert.Empty(Ids(await LayerAsync(byBox)));
        Assert.Empty(Ids(await LayerAsync(byText)));

        await ChangeAsync(item, i =>
        {
            i.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = TestModel.LegalFormsId, TermContentItemIds = ["fundacja"] });
            i.ApplyField("Entity", "Location", new GeoPointField { Latitude = 53.05m, Longitude = 18.65m }); // on the box's corner
            i.Apply(new TitlePart { Title = prefix + "Fundacja Wróciła" });
        });
        Assert.Equal([item], Ids(await LayerAsync(byForm)));
        Assert.Equal([item], Ids(await LayerAsync(byBox)));
        Assert.Equal([item], Ids(await LayerAsync(byText)));
        Assert.Equal("Fundacja", Features(await LayerAsync(byBox)).Single().Category);

        // A point taken away: no place, no feature.
        await ChangeAsync(item, i => i.ApplyField("Entity", "Location", new GeoPointField()));
        Assert.Empty(Ids(await LayerAsync(byText)));
    }

    [Fact]
    public async Task A_renamed_category_term_renames_the_features_of_that_category_at_the_next_request()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var cooperative = await CreateAsync(prefix + "Spółdzielnia", 53.01m, 18.60m, "spoldzielnia_socjalna");
        var foundation = await CreateAsync(prefix + "Fundacja", 53.02m, 18.61m);
        Assert.Equal("Spółdzielnia socjalna", Category(await LayerAsync(filters), cooperative));

        try
        {
            await RenameTermAsync("spoldzielnia_socjalna", "Spółdzielnia socjalna (nowa nazwa)");
            var layer = await LayerAsync(filters);
            Assert.Equal("Spółdzielnia socjalna (nowa nazwa)", Category(layer, cooperative));
            Assert.Equal("Fundacja", Category(layer, foundation));
            Assert.Equal((await FreshLayerAsync(filters)).Body, layer.Body);
        }
        finally
        {
            await RenameTermAsync("spoldzielnia_socjalna", "Spółdzielnia socjalna");
        }

        Assert.Equal("Spółdzielnia socjalna", Category(await LayerAsync(filters), cooperative));
    }

    [Fact]
    public async Task A_rolled_back_change_never_shows_and_later_changes_still_do()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var first = await CreateAsync(prefix + "Pierwszy", 53.01m, 18.60m);
        var second = await CreateAsync(prefix + "Drugi", 53.02m, 18.61m);
        await LayerAsync(filters);

        // The change writes its outbox messages, then rolls back: on PostgreSQL their ids stay a gap for good.
        await Site.RunAsSystemAsync(async s =>
        {
            await using var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync();
            await ChangeInScopeAsync(s, first, i => i.Apply(new TitlePart { Title = prefix + "Wycofany" }));
        });
        await ChangeAsync(second, i => i.Apply(new TitlePart { Title = prefix + "Drugi po zmianie" }));
        Assert.Equal([prefix + "Drugi po zmianie", prefix + "Pierwszy"], Titles(await LayerAsync(filters)));

        await ChangeAsync(first, i => i.Apply(new TitlePart { Title = prefix + "Pierwszy po zmianie" }));
        var layer = await LayerAsync(filters);
        Assert.Equal([prefix + "Drugi po zmianie", prefix + "Pierwszy po zmianie"], Titles(layer));
        Assert.Equal((await FreshLayerAsync(filters)).Body, layer.Body);
    }

    protected static string NewPrefix() => "Aktualizacja " + Guid.NewGuid().ToString("N")[..6] + " ";

    /// <summary>The layer as an anonymous visitor gets it: the site's one cache, updated or built as it decides.</summary>
    protected async Task<MapLayerBody> LayerAsync(MapFilters filters)
    {
        MapLayerBody? body = null;
        await Site.RunAsAsync(null, async s => body = await s.GetRequiredService<MapLayerBodies>().GetAsync(MapLayer.Entities, filters, CancellationToken.None));
        return body!;
    }

    /// <summary>The layer built in full from the database now (a cache of its own).</summary>
    protected async Task<MapLayerBody> FreshLayerAsync(MapFilters filters)
    {
        MapLayerBody? body = null;
        using var cache = new MapLayerCache();
        await Site.RunAsAsync(null, async s => body = await ActivatorUtilities.CreateInstance<MapLayerBodies>(s, cache)
            .GetAsync(MapLayer.Entities, filters, CancellationToken.None));
        return body!;
    }

    protected async Task<string> CreateAsync(string title, decimal lat, decimal lon, string legalForm = "fundacja", bool publish = true) =>
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, title, legalForm);
            entity.ApplyField("Entity", "Location", new GeoPointField { Latitude = lat, Longitude = lon });
            await contents.CreateAsync(entity, publish);
            return entity.ContentItemId;
        });

    /// <summary>An editor's change: a new draft with the change, published.</summary>
    protected Task ChangeAsync(string id, Action<ContentItem> change) => Site.RunAsSystemAsync(s => ChangeInScopeAsync(s, id, change));

    protected static async Task ChangeInScopeAsync(IServiceProvider services, string id, Action<ContentItem> change)
    {
        var contents = services.GetRequiredService<IContentManager>();
        var draft = (await contents.GetAsync(id, VersionOptions.DraftRequired))!;
        change(draft);
        await contents.UpdateAsync(draft);
        Assert.True(await contents.PublishAsync(draft));
    }

    protected static List<(string Id, string Title, double Latitude, double Longitude, string? Category)> Features(MapLayerBody body)
    {
        using var json = JsonDocument.Parse(body.Body);
        return [.. json.RootElement.GetProperty("features").EnumerateArray().Select(f =>
        {
            var coordinates = f.GetProperty("geometry").GetProperty("coordinates");
            var properties = f.GetProperty("properties");
            return (f.GetProperty("id").GetString()!, properties.GetProperty("title").GetString()!,
                coordinates[1].GetDouble(), coordinates[0].GetDouble(), properties.GetProperty("category").GetString());
        })];
    }

    protected static List<string> Ids(MapLayerBody body) => [.. Features(body).Select(f => f.Id).Order(StringComparer.Ordinal)];

    protected static List<string> Titles(MapLayerBody body) => [.. Features(body).Select(f => f.Title).Order(StringComparer.Ordinal)];

    private static string? Category(MapLayerBody body, string id) => Features(body).Single(f => f.Id == id).Category;

    private Task RenameTermAsync(string termId, string name) => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var taxonomy = (await contents.GetAsync(TestModel.LegalFormsId, VersionOptions.DraftRequired))!;
        var part = taxonomy.As<TaxonomyPart>()!;
        part.Terms.Single(t => t.Id == termId).Name = name;
        taxonomy.Apply(part);
        await contents.UpdateAsync(taxonomy);
        Assert.True(await contents.PublishAsync(taxonomy));
    });
}

public sealed class SqliteMapLayerUpdateTests(SqliteSite site) : MapLayerUpdateTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresMapLayerUpdateTests(PostgresSite site) : MapLayerUpdateTests<PostgresSite>(site), IClassFixture<PostgresSite>
{
    /// <summary>
    /// PostgreSQL takes an outbox id when a change writes its message, and transactions commit in any order: a change
    /// holding a lower id can commit after the layer was updated past a higher one. It is applied when it commits.
    /// </summary>
    [Fact]
    public async Task A_change_that_commits_after_a_later_one_shows_at_the_next_request()
    {
        var prefix = NewPrefix();
        var filters = new MapFilters { Text = prefix };
        var slow = await CreateAsync(prefix + "Wolny", 53.01m, 18.60m);
        var quick = await CreateAsync(prefix + "Szybki", 53.02m, 18.61m);
        await LayerAsync(filters);

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
            await using var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync();
            await ChangeInScopeAsync(scope.ServiceProvider, slow, i => i.Apply(new TitlePart { Title = prefix + "Wolny po zmianie" }));

            // A later change commits first and the layer is asked for while the slow one is still open.
            await ChangeAsync(quick, i => i.Apply(new TitlePart { Title = prefix + "Szybki po zmianie" }));
            Assert.Equal([prefix + "Szybki po zmianie", prefix + "Wolny"], Titles(await LayerAsync(filters)));

            await transaction.CommitAsync();
        }

        var layer = await LayerAsync(filters);
        Assert.Equal([prefix + "Szybki po zmianie", prefix + "Wolny po zmianie"], Titles(layer));
        Assert.Equal((await FreshLayerAsync(filters)).Body, layer.Body);
    }
}
