using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Maps;

/// <summary>The GeoJSON layers and the map page on the sample data, as a browser or another system gets them over HTTP.</summary>
public sealed class GeoJsonLayerTests(SqliteSampleSite site) : IClassFixture<SqliteSampleSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("entities", "Entity", "Entity")]
    [InlineData("support", "SupportPoint", "SupportPoint")]
    [InlineData("premises", "Premises", "Premises")]
    public async Task A_layer_has_one_feature_per_published_item_with_a_location(string layer, string type, string part)
    {
        var expected = await CountAsync(type, ContentFilter.WithinBox(part, "Location", new GeoBox(-90, -180, 90, 180)));
        var features = await FeaturesAsync($"/api/geo/{layer}");

        Assert.True(expected > 0);
        Assert.Equal(expected, features.Count);
        Assert.All(features, f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var coordinates = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(coordinates[0].GetDouble(), 18.4, 18.85); // longitude first (RFC 7946)
            Assert.InRange(coordinates[1].GetDouble(), 52.9, 53.15);
            var properties = f.GetProperty("properties");
            Assert.StartsWith("/", properties.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(properties.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(properties.GetProperty("category").GetString()));
            Assert.StartsWith(layer, properties.GetProperty("kind").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Entities_carry_the_legal_form_name_and_filter_like_the_entity_base()
    {
        var expected = await CountAsync("Entity", ContentFilter.And(
            ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "fundacja"),
            ContentFilter.WithinBox("Entity", "Location", new GeoBox(-90, -180, 90, 180))));

        var features = await FeaturesAsync("/api/geo/entities?forma=fundacja");

        Assert.Equal(expected, features.Count);
        Assert.All(features, f => Assert.Equal("Fundacja", f.GetProperty("properties").GetProperty("category").GetString()));

        // The English site names the legal form in English; the Polish layer cached just before is not served to it.
        var english = await FeaturesAsync("/api/geo/entities?forma=fundacja&lang=en");
        Assert.Equal(expected, english.Count);
        Assert.All(english, f => Assert.Equal("Foundation", f.GetProperty("properties").GetProperty("category").GetString()));
    }

    [Fact]
    public async Task Premises_name_their_state_and_area()
    {
        var features = await FeaturesAsync("/api/geo/premises?status=free");

        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            var properties = f.GetProperty("properties");
            Assert.StartsWith("Wolny", properties.GetProperty("category").GetString(), StringComparison.Ordinal);
            Assert.Equal("premises-free", properties.GetProperty("kind").GetString());
            Assert.True(properties.GetProperty("areaM2").GetDecimal() > 0);
        });
    }

    [Fact]
    public async Task A_bounding_box_keeps_only_the_points_inside_it()
    {
        var all = await FeaturesAsync("/api/geo/entities");
        var box = new GeoBox(South: 53.0, West: 18.55, North: 53.03, East: 18.65);
        var expected = all.Count(f =>
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            return box.Contains(c[1].GetDouble(), c[0].GetDouble());
        });

        var inBox = await FeaturesAsync("/api/geo/entities?bbox=18.55,53.0,18.65,53.03");

        Assert.InRange(expected, 1, all.Count - 1);
        Assert.Equal(expected, inBox.Count);
    }

    [Theory]
    [InlineData("bbox=18.6,53.0,18.5")]
    [InlineData("bbox=a,b,c,d")]
    [InlineData("bbox=18.5,53.1,18.6,53.0")]
    public async Task A_bad_bounding_box_is_a_problem_with_the_reason(string query)
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync("/api/geo/entities?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("bbox", out _));
    }

    [Fact]
    public async Task An_unknown_layer_is_not_found()
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync("/api/geo/parks");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("entities, support, premises", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_layer_answers_304_to_its_etag_and_is_compressed_when_asked()
    {
        using var client = await site.ClientAsync();
        using var first = await client.GetAsync("/api/geo/support");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/geo/support");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var gzip = new HttpRequestMessage(HttpMethod.Get, "/api/geo/support");
        gzip.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await client.SendAsync(gzip);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        await using var unzip = new GZipStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var document = await JsonDocument.ParseAsync(unzip);
        Assert.Equal((await FeaturesAsync("/api/geo/support")).Count, document.RootElement.GetProperty("features").GetArrayLength());
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("premises")]
    public async Task A_layer_sent_plain_gzip_or_brotli_is_the_same_body(string layer)
    {
        using var client = await site.ClientAsync();
        async Task<(byte[] Body, HttpResponseMessage Response)> GetAsync(string? encoding)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/geo/{layer}");
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            }

            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
            await using var raw = await response.Content.ReadAsStreamAsync();
            await using Stream decoded = encoding switch
            {
                "gzip" => new GZipStream(raw, CompressionMode.Decompress),
                "br" => new BrotliStream(raw, CompressionMode.Decompress),
                _ => raw,
            };
            using var body = new MemoryStream();
            await decoded.CopyToAsync(body);
            return (body.ToArray(), response);
        }

        var (plain, plainResponse) = await GetAsync(null);
        var (gzip, gzipResponse) = await GetAsync("gzip");
        var (brotli, brotliResponse) = await GetAsync("br");

        Assert.Empty(plainResponse.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzipResponse.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotliResponse.Content.Headers.ContentEncoding);
        Assert.Equal(plain, gzip);
        Assert.Equal(plain, brotli);
        Assert.Equal(plainResponse.Headers.ETag, brotliResponse.Headers.ETag);

        // Polish letters are sent as UTF-8, not \u escapes, and coordinates have at most 6 decimals.
        var text = System.Text.Encoding.UTF8.GetString(plain);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains(text, c => c > 127);
        using var document = JsonDocument.Parse(plain);
        var features = document.RootElement.GetProperty("features");
        Assert.True(features.GetArrayLength() > 0);
        foreach (var coordinate in features.EnumerateArray().SelectMany(f => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()))
        {
            var raw = coordinate.GetRawText();
            Assert.True(raw.IndexOf('.') < 0 || raw.Length - raw.IndexOf('.') - 1 <= 6, $"{raw} has more than 6 decimals");
        }

        plainResponse.Dispose();
        gzipResponse.Dispose();
        brotliResponse.Dispose();
    }

    [Fact]
    public async Task The_map_page_lists_every_point_of_the_chosen_layers_for_readers_without_the_map()
    {
        using var client = await site.ClientAsync();
        var html = await client.GetStringAsync("/mapa?warstwa=support&warstwa=premises&status=free");
        var support = await FeaturesAsync("/api/geo/support");
        var free = await FeaturesAsync("/api/geo/premises?status=free");

        Assert.Contains($"Znaleziono: {support.Count + free.Count}.", html, StringComparison.Ordinal);
        Assert.Contains(support[0].GetProperty("properties").GetProperty("url").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains("/_content/PesTor.Maps/lib/leaflet/leaflet.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("map-list__item--entities", html, StringComparison.Ordinal);
    }

    private Task<int> CountAsync(string type, ContentFilter where) =>
        site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery { ContentTypes = [type], Where = where }));

    private async Task<List<JsonElement>> FeaturesAsync(string url)
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        return [.. document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone())];
    }
}
