using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Maps;

/// <summary>
/// The map page and the home page's map widget in Chromium on the sample data. Tile requests are answered here with a
/// blank tile (the machine has no tile server access; nothing may leave it), or refused in the no-tiles test.
/// </summary>
public sealed class MapPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Tiles = "https://tile.openstreetmap.org/**";

    // A 1×1 transparent PNG.
    private static readonly byte[] BlankTile = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_map_shows_every_located_item_and_its_layers_filters_list_and_popups_work()
    {
        await SetUpWithSampleDataAsync();
        await Page.RouteAsync(Tiles, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "image/png", BodyBytes = BlankTile }));
        var entities = await FeatureCountAsync("/api/geo/entities");
        var support = await FeatureCountAsync("/api/geo/support");
        var premises = await FeatureCountAsync("/api/geo/premises");
        var freePremises = await FeatureCountAsync("/api/geo/premises?status=free");

        await Page.GotoAsync(Site.Url("/mapa"));
        await WaitForLoadAsync(1);
        Assert.Equal(entities + support + premises, await MarkersAsync());
        // The whole city is in view at first, so the list beside the map names every point.
        Assert.Equal(entities + support + premises, await Page.Locator("#map-list li").CountAsync());
        await AssertAccessibleAsync(Page);

        // Switch the entities layer off: its markers and list lines go.
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Podmioty ekonomii społecznej", Exact = true }).UncheckAsync();
        await WaitForLoadAsync(2);
        Assert.Equal(support + premises, await MarkersAsync());
        Assert.Equal(0, await Page.Locator("#map-list li.map-list__item--entities").CountAsync());
        Assert.Contains("warstwa=support", Page.Url, StringComparison.Ordinal);

        // A filter narrows its layer.
        await Page.SelectOptionAsync("#status", "free");
        await WaitForLoadAsync(3);
        Assert.Equal(support + freePremises, await MarkersAsync());
        Assert.Equal(support + freePremises, await Page.Locator("#map-list li").CountAsync());

        // One entity by name: its marker's popup links to its page.
        var first = await UniquelyNamedFeatureAsync("/api/geo/entities");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Podmioty ekonomii społecznej", Exact = true }).CheckAsync();
        await WaitForLoadAsync(4);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Punkty wsparcia", Exact = true }).UncheckAsync();
        await WaitForLoadAsync(5);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Lokale", Exact = true }).UncheckAsync();
        await WaitForLoadAsync(6);
        await Page.FillAsync("#q", first.Title);
        await Page.PressAsync("#q", "Tab");
        await WaitForLoadAsync(7);
        Assert.Equal(1, await MarkersAsync());
        await Page.Locator(".map-marker").First.ClickAsync();
        var link = Page.Locator(".leaflet-popup-content a");
        await Assertions.Expect(link).ToHaveTextAsync(first.Title);
        await AssertAccessibleAsync(Page);
        await link.ClickAsync();
        await Page.WaitForURLAsync(Site.Url(first.Url));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(first.Title);
    }

    [Fact]
    public async Task The_home_page_map_widget_renders_its_markers_without_tile_access_and_without_script_errors()
    {
        await SetUpWithSampleDataAsync();
        var refused = 0;
        await Page.RouteAsync(Tiles, route =>
        {
            Interlocked.Increment(ref refused);
            return route.FulfillAsync(new RouteFulfillOptions { Status = 503, ContentType = "text/plain", Body = "no tiles here" });
        });
        var total = await FeatureCountAsync("/api/geo/entities") + await FeatureCountAsync("/api/geo/support") + await FeatureCountAsync("/api/geo/premises");

        await Page.GotoAsync(Site.Url("/"));
        var map = Page.Locator(".widget-mapwidget [data-pestor-map]");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-loaded", "1");
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), await map.GetAttributeAsync("data-markers"));
        await Assertions.Expect(Page.Locator(".widget-mapwidget .map-cluster").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".widget-mapwidget .leaflet-control-zoom-in")).ToBeVisibleAsync();
        Assert.True(refused > 0);
        await AssertAccessibleAsync(Page);

        // A refused tile is a failed resource load, not a script error; the page itself reports nothing else.
        Assert.All(BrowserPage.Problems, problem => Assert.Contains("Failed to load resource", problem, StringComparison.Ordinal));
        BrowserPage.ForgetResourceFailures();
    }

    private async Task WaitForLoadAsync(int load) =>
        await Assertions.Expect(Page.Locator("#map")).ToHaveAttributeAsync("data-loaded", load.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<int> MarkersAsync() =>
        int.Parse(await Page.Locator("#map").GetAttributeAsync("data-markers") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> FeatureCountAsync(string url)
    {
        using var document = await GeoJsonAsync(url);
        return document.RootElement.GetProperty("features").GetArrayLength();
    }

    /// <summary>
    /// The first feature whose title no other title contains, so the name filter (title contains the text) finds it alone —
    /// sample names repeat with suffixes ("… 2"), and which feature comes first depends on the layer's order.
    /// </summary>
    private async Task<(string Title, string Url)> UniquelyNamedFeatureAsync(string url)
    {
        using var document = await GeoJsonAsync(url);
        var features = document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Select(p => (Title: p.GetProperty("title").GetString()!, Url: p.GetProperty("url").GetString()!))
            .ToList();
        return features.First(f => features.Count(o => o.Title.Contains(f.Title, StringComparison.OrdinalIgnoreCase)) == 1);
    }

    private async Task<JsonDocument> GeoJsonAsync(string url)
    {
        using var client = new HttpClient { BaseAddress = Site.BaseAddress };
        return JsonDocument.Parse(await client.GetStringAsync(url));
    }

    private async Task SetUpWithSampleDataAsync()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR",
            AdminUserName = "admin",
            AdminEmail = "admin@example.org",
            AdminPassword = "Haslo-Bezpieczne-1",
            RecipeName = "pestor-torun",
            SampleData = true,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }
}
