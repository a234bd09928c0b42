using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Admin.Dashboard;
using PesTor.Admin.Services;
using PesTor.Modules;

namespace PesTor.Admin;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddScoped<IAdminMenuProvider, AdminMainMenu>();
        services.AddScoped<IAdminDashboardCard, ContentCountsCard>();
        services.AddScoped<IAdminDashboardCard, MyDraftsCard>();
        services.AddScoped<IAdminDashboardCard, ModerationCard>();
    }
}
