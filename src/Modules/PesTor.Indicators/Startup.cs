using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Admin;
using PesTor.Handlers;
using PesTor.Indicators.Handlers;
using PesTor.Indicators.Services;
using PesTor.Modules;

namespace PesTor.Indicators;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IndicatorValueWriter>();
        services.AddScoped<IIndicatorRecounter, IndicatorRecounter>();
        services.AddScoped<ManualIndicatorValues>();
        services.AddScoped<IndicatorBoard>();
        services.AddScoped<IndicatorReport>();
        services.AddScoped<IContentHandler, IndicatorHistoryHandler>();
        services.AddScoped<IAdminMenuProvider, IndicatorsAdminMenu>();
    }
}
