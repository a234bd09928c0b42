using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Admin;
using PesTor.ContentFields;
using PesTor.Handlers;
using PesTor.Maps.Endpoints;
using PesTor.Maps.Handlers;
using PesTor.Maps.Services;
using PesTor.Modules;

namespace PesTor.Maps;

public sealed class Startup : StartupBase
{
    /// <summary>The admin's GeoPoint editor: a Leaflet map over the same Latitude and Longitude inputs.</summary>
    public const string GeoPointPickerView = "/Pages/Shared/_GeoPointPicker.cshtml";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MapFeatureQuery>();
        services.AddSingleton<MapLayerCache>();
        services.AddScoped<MapLayerChangeFeed>();
        services.AddScoped<MapLayerBodies>();
        services.AddScoped<MapSettingsProvider>();
        services.AddScoped<MapFilterOptions>();
        services.AddScoped<IContentHandler, MapBoundsValidationHandler>();
        services.Configure<AdminEditorOptions>(options => options.Views[FieldKinds.GeoPoint] = GeoPointPickerView);
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapGeoJsonLayers();
}
