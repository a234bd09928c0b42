using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.GraphQl.GraphQlHttp;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>
/// <c>near</c> and <c>bbox</c> on the list and count fields of a type with a location (Entity.Location), on both databases:
/// what they keep, that items without a location never match, that they AND with <c>where</c>, and bad values as errors with a path.
/// </summary>
public abstract class GraphQlGeoTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Seeding.WaitAsync();
        try
        {
            await Site.RunAsSystemAsync(SeedAsync);
        }
        finally
        {
            Seeding.Release();
        }
    }

    [Fact]
    public async Task Near_keeps_the_items_within_the_radius_and_never_those_without_a_location()
    {
        // From Toruń's market square: Północ is 4.4 km away, Wschód 6.7 km, Warszawa 180 km.
        var data = await DataAsync(Site, """
            {
              entity(near: { latitude: 53.01, longitude: 18.60, radiusKm: 5 }, where: { displayText_starts_with: "GeoQL" }, orderBy: { displayText: ASC }) { displayText location { latitude longitude } }
              entityCount(near: { latitude: 53.01, longitude: 18.60, radiusKm: 7 }, where: { displayText_starts_with: "GeoQL" })
              everything: entityCount(near: { latitude: 0, longitude: 0, radiusKm: 5000 }, where: { displayText_starts_with: "GeoQL" })
              all: entityCount(where: { displayText_starts_with: "GeoQL" })
            }
            """);
        Assert.Equal(["GeoQL Centrum", "GeoQL Północ"], Titles(data, "entity"));
        Assert.Equal(53.05m, (decimal)data["entity"]![1]!["location"]!["latitude"]!);
        Assert.Equal(3, (int)data["entityCount"]!);
        // Nothing within 5 000 km of (0, 0) here, and the item without a location is not "near" anything.
        Assert.Equal(0, (int)data["everything"]!);
        Assert.Equal(5, (int)data["all"]!);
    }

    [Fact]
    public async Task A_box_keeps_the_items_inside_edges_included_and_ands_with_where_and_near()
    {
        var data = await DataAsync(Site, """
            {
              inBox: entity(bbox: { minLatitude: 53.01, minLongitude: 18.60, maxLatitude: 53.05, maxLongitude: 18.70 }, where: { displayText_starts_with: "GeoQL" }, orderBy: { displayText: ASC }) { displayText }
              world: entity(bbox: { minLatitude: -90, minLongitude: -180, maxLatitude: 90, maxLongitude: 180 }, where: { displayText_starts_with: "GeoQL" }, orderBy: { displayText: ASC }) { displayText }
              both: entity(bbox: { minLatitude: 53.01, minLongitude: 18.60, maxLatitude: 53.05, maxLongitude: 18.70 }, near: { latitude: 53.01, longitude: 18.60, radiusKm: 1 }, where: { displayText_starts_with: "GeoQL" }) { displayText }
              notNorth: entityCount(bbox: { minLatitude: 53.01, minLongitude: 18.60, maxLatitude: 53.05, maxLongitude: 18.70 }, where: { displayText_starts_with: "GeoQL", NOT: [{ displayText: "GeoQL Północ" }] })
            }
            """);
        Assert.Equal(["GeoQL Centrum", "GeoQL Północ", "GeoQL Wschód"], Titles(data, "inBox"));
        Assert.Equal(["GeoQL Centrum", "GeoQL Północ", "GeoQL Warszawa", "GeoQL Wschód"], Titles(data, "world"));
        Assert.Equal(["GeoQL Centrum"], Titles(data, "both"));
        Assert.Equal(2, (int)data["notNorth"]!);
    }

    [Fact]
    public async Task Place_arguments_take_variables()
    {
        var data = await DataAsync(Site,
            "query($at: GeoNearInput) { entity(near: $at, where: { displayText_starts_with: \"GeoQL\" }) { displayText } }",
            new { at = new { latitude = 52.23, longitude = 21.01, radiusKm = 1 } });
        Assert.Equal(["GeoQL Warszawa"], Titles(data, "entity"));
    }

    [Theory]
    [InlineData("near: { latitude: 95, longitude: 18.6, radiusKm: 5 }", "near.latitude", "between -90 and 90")]
    [InlineData("near: { latitude: 53, longitude: -200, radiusKm: 5 }", "near.longitude", "between -180 and 180")]
    [InlineData("near: { latitude: 53, longitude: 18.6, radiusKm: -1 }", "near.radiusKm", "between 0 and 5000")]
    [InlineData("bbox: { minLatitude: 53.1, minLongitude: 18.5, maxLatitude: 53.0, maxLongitude: 18.7 }", "bbox.minLatitude", "must not be greater than maxLatitude")]
    [InlineData("bbox: { minLatitude: 53.0, minLongitude: 18.5, maxLatitude: 91, maxLongitude: 18.7 }", "bbox.maxLatitude", "between -90 and 90")]
    public async Task A_value_out_of_range_is_an_error_with_the_fields_path_naming_the_argument(string argument, string inputPath, string message)
    {
        foreach (var field in new[] { "entity", "entityCount" })
        {
            var selection = field == "entity" ? " { displayText }" : "";
            var (status, body) = await PostAsync(Site, $"{{ {field}({argument}){selection} }}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(JsonNode.Parse(body)!["errors"] is JsonArray { Count: 1 }, body);
            var error = JsonNode.Parse(body)!["errors"]![0]!;
            Assert.Equal(field, (string)error["path"]![0]!);
            Assert.StartsWith(inputPath + " ", (string)error["message"]!, StringComparison.Ordinal);
            Assert.Contains(message, (string)error["message"]!, StringComparison.Ordinal);
            Assert.Equal("INVALID_ARGUMENT", (string)error["extensions"]!["code"]!);
        }
    }

    [Fact]
    public async Task A_missing_coordinate_is_a_bad_request_naming_it_and_types_without_a_location_have_no_place_arguments()
    {
        var (status, body) = await PostAsync(Site, "{ entity(near: { latitude: 53, radiusKm: 5 }) { displayText } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("longitude", body, StringComparison.Ordinal);

        var (offerStatus, offerBody) = await PostAsync(Site, "{ offer(near: { latitude: 53, longitude: 18, radiusKm: 5 }) { displayText } }");
        Assert.Equal(HttpStatusCode.BadRequest, offerStatus);
        Assert.Contains("near", offerBody, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        if (await services.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
            {
                ContentTypes = ["Entity"],
                Status = ContentStatus.Latest,
                Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, "GeoQL"),
            }) > 0)
        {
            return;
        }

        await EntityAsync(contents, "GeoQL Centrum", 53.01m, 18.60m);
        await EntityAsync(contents, "GeoQL Północ", 53.05m, 18.60m);
        await EntityAsync(contents, "GeoQL Wschód", 53.01m, 18.70m);
        await EntityAsync(contents, "GeoQL Warszawa", 52.2297m, 21.0122m);
        await EntityAsync(contents, "GeoQL Bez Miejsca", null, null);
    }

    private static async Task EntityAsync(IContentManager contents, string title, decimal? latitude, decimal? longitude)
    {
        var entity = await ContentBuilders.NewEntityAsync(contents, title);
        if (latitude is not null)
        {
            entity.ApplyField("Entity", "Location", new GeoPointField { Latitude = latitude, Longitude = longitude });
        }

        await contents.CreateAsync(entity, publish: true);
    }
}

public sealed class SqliteGraphQlGeoTests(SqliteSite site) : GraphQlGeoTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresGraphQlGeoTests(PostgresSite site) : GraphQlGeoTests<PostgresSite>(site), IClassFixture<PostgresSite>;
