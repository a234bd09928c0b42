using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Modules;
using PesTor.Theme.Services;

namespace PesTor.Theme;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TaxonomyNames>();
        services.AddScoped<FieldDisplay>();
    }
}
