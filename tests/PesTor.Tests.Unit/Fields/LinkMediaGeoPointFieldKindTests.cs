using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class LinkMediaGeoPointFieldKindTests
{
    private const string LinkError = "The URL must be an absolute http or https address or a site path starting with '/'.";

    [Theory]
    [InlineData("https://www.cistorsps.pl")]
    [InlineData("/podmioty/fundacja-alma")]
    public async Task Web_address_or_site_path_is_a_valid_link(string url) =>
        Assert.True((await ValidateLink(url)).Result.Succeeded);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.pl/file")]
    [InlineData("//evil.example")]
    [InlineData("www.cistorsps.pl")]
    public async Task Link_that_is_not_http_or_a_site_path_is_refused(string url) =>
        Assert.Equal([LinkError], (await ValidateLink(url)).Messages());

    [Fact]
    public void Link_index_row_holds_url_and_text()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Site", new LinkField { Url = "https://cistorsps.pl", Text = "CISTOR" });

        var row = Assert.Single(new LinkFieldKind().Index(Contexts.Field(item, "Site", FieldKinds.Link)));

        Assert.Equal(new FieldIndexRow(IndexKind.Link, "Entity", "Site") { Text = "https://cistorsps.pl", Text2 = "CISTOR" }, row);
    }

    [Theory]
    [InlineData("../secrets.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("https://example.pl/a.png")]
    [InlineData("podmioty/../../a.png")]
    public async Task Media_path_leaving_the_library_is_refused(string path)
    {
        var context = await ValidateMedia([path], new MediaFieldSettings());

        Assert.Equal([$"The media path '{path}' must be relative to the media library: no leading '/', no scheme, no '..'."], context.Messages());
    }

    [Fact]
    public async Task Several_files_in_a_single_media_field_are_refused()
    {
        var context = await ValidateMedia(["a.png", "b.png"], new MediaFieldSettings());

        Assert.Equal(["Only one of the 2 files may be chosen for this field."], context.Messages());
    }

    [Fact]
    public void Each_media_path_gets_an_index_row()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Photos", new MediaField { Paths = ["lokale/1.jpg", "lokale/2.jpg"] });

        var rows = new MediaFieldKind().Index(Contexts.Field(item, "Photos", FieldKinds.Media)).Select(r => r.Text);

        Assert.Equal(["lokale/1.jpg", "lokale/2.jpg"], rows);
    }

    [Fact]
    public async Task Latitude_out_of_range_is_refused() =>
        Assert.Equal(["Latitude must be between -90 and 90."], (await ValidateGeo(new GeoPointField { Latitude = 91m, Longitude = 18.61m })).Messages());

    [Fact]
    public async Task Longitude_out_of_range_is_refused() =>
        Assert.Equal(["Longitude must be between -180 and 180."], (await ValidateGeo(new GeoPointField { Latitude = 53.02m, Longitude = -180.5m })).Messages());

    [Fact]
    public async Task Latitude_without_longitude_is_refused() =>
        Assert.Equal(["Latitude and longitude must be given together."], (await ValidateGeo(new GeoPointField { Latitude = 53.02m })).Messages());

    [Fact]
    public async Task Required_point_that_is_missing_is_refused() =>
        Assert.Equal(["This field is required."], (await ValidateGeo(new GeoPointField(), required: true)).Messages());

    [Fact]
    public void Geo_point_index_row_holds_both_coordinates()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Location", new GeoPointField { Latitude = 53.0222m, Longitude = 18.6111m });

        var row = Assert.Single(new GeoPointFieldKind().Index(Contexts.Field(item, "Location", FieldKinds.GeoPoint)));

        Assert.Equal(new FieldIndexRow(IndexKind.GeoPoint, "Entity", "Location") { Latitude = 53.0222, Longitude = 18.6111 }, row);
    }

    private static async Task<FieldValueContext> ValidateLink(string url)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Site", new LinkField { Url = url });
        var context = Contexts.Field(item, "Site", FieldKinds.Link);
        await new LinkFieldKind().ValidateAsync(context, CancellationToken.None);
        return context;
    }

    private static async Task<FieldValueContext> ValidateMedia(List<string> paths, MediaFieldSettings settings)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Logo", new MediaField { Paths = paths });
        var context = Contexts.Field(item, "Logo", FieldKinds.Media, settings);
        await new MediaFieldKind().ValidateAsync(context, CancellationToken.None);
        return context;
    }

    private static async Task<FieldValueContext> ValidateGeo(GeoPointField point, bool required = false)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Location", point);
        var context = Contexts.Field(item, "Location", FieldKinds.GeoPoint, new GeoPointFieldSettings { Required = required });
        await new GeoPointFieldKind().ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
