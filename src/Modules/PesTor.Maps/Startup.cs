using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Maps.Endpoints;
using PesTor.Maps.Services;
using PesTor.Modules;

namespace PesTor.Maps;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MapFeatureQuery>();
        services.AddScoped<MapSettingsProvider>();
        services.AddScoped<MapFilterOptions>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapGeoJsonLayers();
}
