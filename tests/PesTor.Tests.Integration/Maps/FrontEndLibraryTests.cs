using System.Net;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Maps;

/// <summary>
/// The npm libraries a module lists (FrontEndAsset items) are served as its static web assets. wwwroot/lib is not in git,
/// so this passes on a clean clone only if the build both fetched the packages and made the copies static web assets.
/// </summary>
public sealed class FrontEndLibraryTests(SqliteTorunSite site) : IClassFixture<SqliteTorunSite>
{
    [Theory]
    [InlineData("/_content/PesTor.Maps/lib/leaflet/leaflet.js", "text/javascript", "Leaflet")]
    [InlineData("/_content/PesTor.Maps/lib/leaflet/leaflet.css", "text/css", ".leaflet-container")]
    [InlineData("/_content/PesTor.Maps/lib/leaflet.markercluster/leaflet.markercluster.js", "text/javascript", "MarkerClusterGroup")]
    [InlineData("/_content/PesTor.Maps/lib/leaflet.markercluster/MarkerCluster.Default.css", "text/css", ".marker-cluster")]
    public async Task A_listed_library_file_is_served_from_the_module(string path, string contentType, string expectedText)
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        site.AssertNoLoggedIssues();
    }

    [Fact]
    public async Task A_file_of_a_listed_folder_is_served_too()
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync("/_content/PesTor.Maps/lib/leaflet/images/marker-icon.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task A_file_the_module_does_not_list_is_not_served()
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync("/_content/PesTor.Maps/lib/leaflet/leaflet-src.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
