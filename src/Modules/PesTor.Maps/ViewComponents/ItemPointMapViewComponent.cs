using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Maps.Services;
using PesTor.Metadata;

namespace PesTor.Maps.ViewComponents;

/// <summary>
/// The small map on an item's page: one marker at the item's place — its first GeoPoint field with a value, else its
/// event's location — with the coordinates (and the address, when it has one) as text beneath, so the map adds nothing
/// the page does not say. Items without a place show nothing. The theme's item page calls it through the optional
/// partial <c>_ItemPointMap</c>, so a site without this module simply has no map there.
/// </summary>
public sealed class ItemPointMapViewComponent(IContentDefinitionManager definitions, MapSettingsProvider settings) : ViewComponent
{
    public const int Zoom = 15;

    public async Task<IViewComponentResult> InvokeAsync(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (await FindPointAsync(item) is not { } point)
        {
            return Content("");
        }

        var site = await settings.GetAsync(HttpContext.RequestAborted);
        var (latitude, longitude) = ((double)point.Latitude!.Value, (double)point.Longitude!.Value);
        var config = JsonSerializer.Serialize(new
        {
            tileUrl = site.TileUrl,
            attribution = site.Attribution,
            latitude,
            longitude,
            zoom = Zoom,
            title = item.DisplayText,
        });

        var address = item.As<AddressPart>();
        var addressText = address is null ? null : string.Join(", ",
            new[] { address.Street, string.Join(" ", new[] { address.PostalCode, address.City }.Where(s => !string.IsNullOrWhiteSpace(s))) }
                .Where(s => !string.IsNullOrWhiteSpace(s)));

        var includeAssets = HttpContext.Items.TryAdd(typeof(ItemPointMapViewComponent), true);
        return View(new ItemPointMapView(
            item.DisplayText,
            string.IsNullOrEmpty(addressText) ? null : addressText,
            latitude.ToString("0.######", CultureInfo.InvariantCulture),
            longitude.ToString("0.######", CultureInfo.InvariantCulture),
            config,
            includeAssets));
    }

    private async Task<GeoPointField?> FindPointAsync(ContentItem item)
    {
        var document = await definitions.GetDocumentAsync(HttpContext.RequestAborted);
        foreach (var typePart in document.FindType(item.ContentType)?.Parts ?? [])
        {
            foreach (var field in document.FindPart(typePart.PartName)?.Fields ?? [])
            {
                if (field.FieldKind == FieldKinds.GeoPoint && item.GetField<GeoPointField>(typePart.Name, field.Name) is { Latitude: not null, Longitude: not null } point)
                {
                    return point;
                }
            }
        }

        return item.As<EventPart>()?.Location is { Latitude: not null, Longitude: not null } location ? location : null;
    }
}
