using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Modules;
using PesTor.Widgets.Services;

namespace PesTor.Widgets;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ZoneWidgets>();
        services.AddSingleton<ZoneWidgetCache>();
    }
}
