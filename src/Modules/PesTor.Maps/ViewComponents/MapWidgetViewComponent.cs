using Microsoft.AspNetCore.Mvc;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Maps.Models;
using PesTor.Maps.Services;

namespace PesTor.Maps.ViewComponents;

/// <summary>
/// Shows a <c>MapWidget</c> item in a zone (PesTor.Widgets finds this component by the type's name): an interactive map
/// of the widget's layers at its centre and zoom, narrowed by its filter (the map page's query-string filters, e.g.
/// <c>forma=fundacja</c>), with a link to the full map page and its list.
/// </summary>
public sealed class MapWidgetViewComponent(MapSettingsProvider settings) : ViewComponent
{
    public const int DefaultHeight = 400;

    public async Task<IViewComponentResult> InvokeAsync(ContentItem widget)
    {
        var site = await settings.GetAsync(HttpContext.RequestAborted);
        var layers = (widget.GetField<TextField>("MapWidget", "Layers")?.Text ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(key => MapLayer.Find(key) is not null)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var center = widget.GetField<GeoPointField>("MapWidget", "Center");
        var zoom = widget.GetField<NumericField>("MapWidget", "Zoom")?.Value;
        var height = widget.GetField<NumericField>("MapWidget", "Height")?.Value;

        var config = new
        {
            tileUrl = site.TileUrl,
            attribution = site.Attribution,
            center = new[] { (double?)center?.Latitude ?? site.CenterLatitude, (double?)center?.Longitude ?? site.CenterLongitude },
            zoom = (int?)zoom ?? site.Zoom,
            layers = layers.Length == 0 ? [.. MapLayer.All.Select(l => l.Key)] : layers,
            filter = widget.GetField<TextField>("MapWidget", "Filter")?.Text ?? "",
        };

        // The libraries go into the page once, however many map widgets it has.
        var includeAssets = !HttpContext.Items.ContainsKey(typeof(MapWidgetViewComponent));
        HttpContext.Items[typeof(MapWidgetViewComponent)] = true;
        return View(new MapWidgetView(widget.ContentItemId, System.Text.Json.JsonSerializer.Serialize(config), (int?)height ?? DefaultHeight, includeAssets));
    }
}
