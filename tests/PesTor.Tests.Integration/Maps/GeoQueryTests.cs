using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Maps;

/// <summary>Place filters of the one content query (within a box, near a point) on both databases.</summary>
public abstract class GeoQueryTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    // Toruń's market square and points around it; Warsaw far away.
    private const double CentreLat = 53.01, CentreLon = 18.60;
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
                        Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, "Geo "),
                    }) > 0)
                {
                    return;
                }

                await EntityAsync(contents, "Geo Centrum", 53.01m, 18.60m);
                await EntityAsync(contents, "Geo Północ", 53.05m, 18.60m);
                await EntityAsync(contents, "Geo Wschód", 53.01m, 18.70m);
                await EntityAsync(contents, "Geo Narożnik", 53.05m, 18.666m);
                await EntityAsync(contents, "Geo Warszawa", 52.2297m, 21.0122m);
                await EntityAsync(contents, "Geo Bez Miejsca", null, null);
                await EntityAsync(contents, "Geo Szkic", 53.01m, 18.60m, publish: false);
            });
        }
        finally
        {
            Seeding.Release();
        }
    }

    [Fact]
    public async Task Points_on_the_edges_and_corners_of_the_box_are_inside() =>
        Assert.Equal(["Geo Centrum", "Geo Narożnik", "Geo Północ", "Geo Wschód"],
            await TitlesAsync(ContentFilter.WithinBox("Entity", "Location", new GeoBox(South: 53.01, West: 18.60, North: 53.05, East: 18.70))));

    [Fact]
    public async Task Moving_an_edge_inwards_leaves_the_points_on_it_out()
    {
        Assert.Equal(["Geo Narożnik", "Geo Północ"],
            await TitlesAsync(ContentFilter.WithinBox("Entity", "Location", new GeoBox(South: 53.0100001, West: 18.60, North: 53.05, East: 18.70))));
        Assert.Equal(["Geo Centrum", "Geo Narożnik", "Geo Północ"],
            await TitlesAsync(ContentFilter.WithinBox("Entity", "Location", new GeoBox(South: 53.01, West: 18.60, North: 53.05, East: 18.6999999))));
    }

    [Fact]
    public async Task Items_without_a_location_and_drafts_are_never_in_a_box()
    {
        var world = await TitlesAsync(ContentFilter.WithinBox("Entity", "Location", new GeoBox(-90, -180, 90, 180)));
        Assert.Equal(["Geo Centrum", "Geo Narożnik", "Geo Północ", "Geo Warszawa", "Geo Wschód"], world);
    }

    [Fact]
    public async Task A_radius_keeps_exactly_the_points_within_that_distance_not_the_corners_of_its_box()
    {
        // The corner point lies in the radius's bounding box but farther than the radius.
        var corner = GeoNearFilter.DistanceKm(CentreLat, CentreLon, 53.05, 18.666);
        var north = GeoNearFilter.DistanceKm(CentreLat, CentreLon, 53.05, 18.60);
        Assert.InRange(corner, 5.5, 7);
        Assert.InRange(north, 4, 5);

        Assert.Equal(["Geo Centrum", "Geo Północ"], await TitlesAsync(ContentFilter.Near("Entity", "Location", CentreLat, CentreLon, 5)));
    }

    [Fact]
    public async Task The_database_measures_distance_like_the_haversine_formula()
    {
        var east = GeoNearFilter.DistanceKm(CentreLat, CentreLon, 53.01, 18.70);
        Assert.Contains("Geo Wschód", await TitlesAsync(ContentFilter.Near("Entity", "Location", CentreLat, CentreLon, east + 0.001)));
        Assert.DoesNotContain("Geo Wschód", await TitlesAsync(ContentFilter.Near("Entity", "Location", CentreLat, CentreLon, east - 0.001)));
        Assert.Equal(["Geo Warszawa"], await TitlesAsync(ContentFilter.And(
            ContentFilter.Near("Entity", "Location", 52.23, 21.01, 1),
            ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, "Geo "))));
    }

    [Fact]
    public async Task Paging_and_the_total_count_what_the_radius_keeps()
    {
        var near = ContentFilter.Near("Entity", "Location", CentreLat, CentreLon, 7);
        var page = await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().ListAsync(
            new ContentQuery { ContentTypes = ["Entity"], Where = near, Skip = 1, Take = 2 }, includeTotal: true));

        Assert.Equal(4, page.Total);
        Assert.Equal(["Geo Narożnik", "Geo Północ"], page.Items.Select(i => i.DisplayText));
    }

    [Theory]
    [InlineData(53.1, 18.5, 53.0, 18.7, "south edge")]
    [InlineData(53.0, 18.5, 91, 18.7, "Latitudes")]
    [InlineData(53.0, -181, 53.1, 18.7, "Longitudes")]
    public async Task A_box_that_is_not_a_box_is_refused_with_the_reason(double south, double west, double north, double east, string reason)
    {
        var error = await Assert.ThrowsAsync<ContentQueryException>(() =>
            TitlesAsync(ContentFilter.WithinBox("Entity", "Location", new GeoBox(south, west, north, east))));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("where.Entity.Location", error.Path);
    }

    [Fact]
    public async Task A_place_filter_on_a_field_that_is_not_a_point_is_refused()
    {
        var error = await Assert.ThrowsAsync<ContentQueryException>(() => TitlesAsync(ContentFilter.Near("Entity", "Nip", CentreLat, CentreLon, 1)));
        Assert.Contains("not a GeoPoint field", error.Message, StringComparison.Ordinal);

        var radius = await Assert.ThrowsAsync<ContentQueryException>(() => TitlesAsync(ContentFilter.Near("Entity", "Location", CentreLat, CentreLon, -1)));
        Assert.Contains("radius", radius.Message, StringComparison.Ordinal);
    }

    private Task<List<string>> TitlesAsync(ContentFilter where) => Site.RunAsSystemAsync(async s =>
    {
        var page = await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery
        {
            ContentTypes = ["Entity"],
            Where = where,
            Take = 100,
        });
        return page.Items.Select(i => i.DisplayText).Where(t => t.StartsWith("Geo ", StringComparison.Ordinal)).ToList();
    });

    private static async Task EntityAsync(IContentManager contents, string title, decimal? lat, decimal? lon, bool publish = true)
    {
        var entity = await ContentBuilders.NewEntityAsync(contents, title);
        if (lat is not null)
        {
            entity.ApplyField("Entity", "Location", new GeoPointField { Latitude = lat, Longitude = lon });
        }

        await contents.CreateAsync(entity, publish);
    }
}

public sealed class SqliteGeoQueryTests(SqliteSite site) : GeoQueryTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresGeoQueryTests(PostgresSite site) : GeoQueryTests<PostgresSite>(site), IClassFixture<PostgresSite>;
