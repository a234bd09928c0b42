using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Security;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Maps;

/// <summary>
/// The admin's GeoPoint picker and the small map on an item's page, in Chromium with the tile server refused (as on a
/// machine without tile access): a click on the map fills the inputs and is what gets saved; a point outside the site's
/// map area is refused in the browser and by the server; the entity's page shows its place on a map and as text.
/// </summary>
public sealed partial class GeoPointPickerTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Tiles = "https://tile.openstreetmap.org/**";
    private const string Title = "Fundacja Na Mapie";

    [Fact]
    public async Task A_click_on_the_picker_is_the_saved_point_and_the_items_page_shows_it_on_a_small_map()
    {
        await SetUpAsync();
        await Page.RouteAsync(Tiles, route => route.FulfillAsync(new RouteFulfillOptions { Status = 503, ContentType = "text/plain", Body = "no tiles here" }));
        var login = await Page.Context.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "admin", password = "Haslo-Bezpieczne-1" } });
        Assert.Equal(204, login.Status);

        await Page.GotoAsync(Site.Url("/admin/tresci/nowy/Entity"));
        var map = Page.Locator("#f-Entity-Location-map");
        await Assertions.Expect(map.Locator(".leaflet-control-zoom-in")).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);

        await Page.FillAsync("#f-TitlePart-Title", Title);
        await Page.FillAsync("#f-Entity-LegalForm-filter", "Fundacja");
        await Page.GetByLabel("Fundacja", new() { Exact = true }).CheckAsync();

        // A point typed outside the map area is refused in the browser, with the reason beside the inputs.
        await Page.FillAsync("#f-Entity-Location-Latitude", "52.2297");
        await Page.FillAsync("#f-Entity-Location-Longitude", "21.0122");
        await Page.PressAsync("#f-Entity-Location-Longitude", "Tab");
        var message = Page.Locator("#f-Entity-Location-map-message");
        await Assertions.Expect(message).ToContainTextAsync("poza obszarem mapy");
        Assert.Equal(0, await map.Locator(".leaflet-marker-icon").CountAsync());

        // ... and by the server, next to the field, and nothing is stored.
        await PressButtonAsync("Opublikuj");
        await Assertions.Expect(Page.Locator("#f-Entity-Location-error")).ToContainTextAsync("Punkt leży poza obszarem mapy serwisu");
        await Assertions.Expect(Page.Locator("#form-errors")).ToBeFocusedAsync();
        Assert.Null(await FindAsync());
        await AssertAccessibleAsync(Page);

        // A click on the map sets both inputs and the marker; that point is what is saved.
        await map.ClickAsync();
        await Assertions.Expect(map.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await Assertions.Expect(message).ToBeHiddenAsync();
        var latitude = decimal.Parse(await Page.InputValueAsync("#f-Entity-Location-Latitude"), CultureInfo.InvariantCulture);
        var longitude = decimal.Parse(await Page.InputValueAsync("#f-Entity-Location-Longitude"), CultureInfo.InvariantCulture);
        Assert.InRange(latitude, 52.90m, 53.15m);
        Assert.InRange(longitude, 18.40m, 18.85m);
        Assert.NotEqual(52.2297m, latitude);

        await PressButtonAsync("Opublikuj");
        await Page.WaitForURLAsync(new Regex("zapisano=opublikowano"));
        var saved = Assert.IsType<ContentItem>(await FindAsync());
        var point = saved.GetField<GeoPointField>("Entity", "Location")!;
        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);

        // The saved point comes back into the picker with its marker.
        await Assertions.Expect(Page.Locator("#f-Entity-Location-Latitude")).ToHaveValueAsync(new Regex("^" + Regex.Escape(latitude.ToString("0.######", CultureInfo.InvariantCulture))));
        await Assertions.Expect(map.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);

        // The entity's page: a small map with its one marker, and the coordinates as text.
        await Page.GotoAsync(Site.Url("/" + saved.As<AutoroutePart>()!.Path));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(Title);
        var pointMap = Page.Locator(".point-map [data-pestor-point-map]");
        await Assertions.Expect(pointMap.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator(".point-map figcaption")).ToContainTextAsync(
            $"{point.Latitude!.Value.ToString("0.######", CultureInfo.InvariantCulture)}, {point.Longitude!.Value.ToString("0.######", CultureInfo.InvariantCulture)}");
        await AssertAccessibleAsync(Page);

        // A page of an item without a place has no map.
        await Page.GotoAsync(Site.Url("/" + (await ItemWithoutPlacePathAsync())));
        Assert.Equal(0, await Page.Locator(".point-map").CountAsync());

        // Refused tiles are failed resource loads, never script errors.
        Assert.All(BrowserPage.Problems, problem => Assert.Contains("Failed to load resource", problem, StringComparison.Ordinal));
        BrowserPage.ForgetResourceFailures();
    }

    private async Task PressButtonAsync(string name)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private async Task<ContentItem?> FindAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var page = await scope.ServiceProvider.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery
        {
            ContentTypes = ["Entity"],
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, Title),
        });
        return page.Items.SingleOrDefault();
    }

    /// <summary>The path of a published item with an address but no point: an article of the Toruń recipe.</summary>
    private async Task<string> ItemWithoutPlacePathAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var page = await scope.ServiceProvider.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery { ContentTypes = ["Article"], Take = 1 });
        return Assert.Single(page.Items).As<AutoroutePart>()!.Path!;
    }

    private async Task SetUpAsync()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR",
            AdminUserName = "admin",
            AdminEmail = "admin@example.org",
            AdminPassword = "Haslo-Bezpieczne-1",
            RecipeName = "pestor-torun",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }
}
