using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Widgets;

/// <summary>Widgets placed in the layout's zones by their rules, on the Toruń site (whose recipe puts a map on the home page).</summary>
public sealed class WidgetZoneTests(SqliteTorunSite site) : IClassFixture<SqliteTorunSite>, IAsyncLifetime
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    public async Task InitializeAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await site.RunAsSystemAsync(async s =>
            {
                var contents = s.GetRequiredService<IContentManager>();
                if (await contents.GetAsync("entities-map-widget", VersionOptions.Latest) is not null)
                {
                    return;
                }

                // Two widgets under /podmioty in one zone: position 5 comes before 1000; a third only as a draft.
                await MapWidgetAsync(contents, "entities-map-widget", "BeforeContent", "path", "/podmioty", 1000, "entities");
                await MapWidgetAsync(contents, "support-map-widget", "BeforeContent", "path", "/podmioty", 5, "support");
                await MapWidgetAsync(contents, "draft-map-widget", "BeforeContent", "always", null, 1, "premises", publish: false);
            });
        }
        finally
        {
            Seeding.Release();
        }
    }

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_recipe_puts_an_interactive_map_on_the_home_page()
    {
        var html = await GetAsync("/");

        Assert.Contains("data-widget-id=\"home-map-widget\"", html, StringComparison.Ordinal);
        Assert.Contains("data-pestor-map=", html, StringComparison.Ordinal);
        Assert.Contains("entities,support,premises".Split(',')[1], html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "/_content/PesTor.Maps/lib/leaflet/leaflet.js"));
        Assert.Contains("href=\"/mapa\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_home_page_widget_stays_off_other_pages()
    {
        var html = await GetAsync("/podmioty");
        Assert.DoesNotContain("home-map-widget", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_rule_shows_widgets_under_the_path_only_in_position_order_and_never_drafts()
    {
        var under = await GetAsync("/podmioty?q=a");
        var support = under.IndexOf("data-widget-id=\"support-map-widget\"", StringComparison.Ordinal);
        var entities = under.IndexOf("data-widget-id=\"entities-map-widget\"", StringComparison.Ordinal);
        Assert.InRange(support, 0, entities - 1);
        Assert.DoesNotContain("draft-map-widget", under, StringComparison.Ordinal);

        // The zone is before the page's own content, and the libraries come once for both maps.
        Assert.True(entities < under.IndexOf("<h1", StringComparison.Ordinal));
        Assert.Equal(1, Count(under, "/_content/PesTor.Maps/js/pestor-map.js"));

        var elsewhere = await GetAsync("/");
        Assert.DoesNotContain("support-map-widget", elsewhere, StringComparison.Ordinal);
    }

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    private async Task<string> GetAsync(string url)
    {
        using var client = await site.ClientAsync();
        return await client.GetStringAsync(url);
    }

    private static async Task MapWidgetAsync(
        IContentManager contents, string id, string zone, string rule, string? path, int position, string layers, bool publish = true)
    {
        var widget = await contents.NewAsync("MapWidget");
        widget.ContentItemId = id;
        widget.ApplyField("MapWidget", "Layers", new TextField { Text = layers });
        widget.ApplyField("WidgetPlacement", "Zone", new TextField { Text = zone });
        widget.ApplyField("WidgetPlacement", "Rule", new TextField { Text = rule });
        widget.ApplyField("WidgetPlacement", "PathPrefix", new TextField { Text = path });
        widget.ApplyField("WidgetPlacement", "Position", new NumericField { Value = position });
        await contents.CreateAsync(widget, publish);
    }
}
