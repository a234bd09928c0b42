using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Maps.Models;
using PesTor.Maps.Services;

namespace PesTor.Maps.Pages;

/// <summary>
/// The map page (<c>/mapa</c>): entities, support points and premises, each layer switchable, filtered like the
/// directories. The server renders the filtered list too, so the page says the same without the map or without script.
/// </summary>
public sealed class MapModel(MapFeatureQuery features, MapFilterOptions options, MapSettingsProvider settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "warstwa")]
    public string[] Layers { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "dzielnica")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "forma")]
    public string? LegalForm { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? SupportType { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? PremisesStatus { get; set; }

    public MapFilterOptions Options => options;

    public MapSettings Settings { get; private set; } = new();

    public IReadOnlyList<MapFeature> Features { get; private set; } = [];

    public IReadOnlyList<MapLayer> SelectedLayers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SelectedLayers = Layers.Length == 0 ? MapLayer.All : [.. MapLayer.All.Where(l => Layers.Contains(l.Key))];
        Settings = await settings.GetAsync(cancellationToken);
        await options.LoadAsync(cancellationToken);

        var filters = new MapFilters { Text = Text, District = District, LegalForm = LegalForm, SupportType = SupportType, PremisesStatus = PremisesStatus };
        var all = new List<MapFeature>();
        foreach (var layer in SelectedLayers)
        {
            all.AddRange(await features.ListAsync(layer, filters, cancellationToken));
        }

        Features = [.. all.OrderBy(f => f.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true))];
    }

    public object MapConfig() => new
    {
        tileUrl = Settings.TileUrl,
        attribution = Settings.Attribution,
        center = new[] { Settings.CenterLatitude, Settings.CenterLongitude },
        zoom = Settings.Zoom,
        bounds = new[] { Settings.South, Settings.West, Settings.North, Settings.East },
        layers = SelectedLayers.Select(l => l.Key).ToArray(),
        form = "map-filters",
        list = "map-list",
        count = "map-count",
    };
}
