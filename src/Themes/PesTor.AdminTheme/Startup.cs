using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.AdminTheme.Services;
using PesTor.Modules;

namespace PesTor.AdminTheme;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddScoped<AdminNavigation>();
    }
}
