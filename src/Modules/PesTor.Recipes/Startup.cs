using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Modules;
using PesTor.Recipes.Endpoints;
using PesTor.Recipes.Export;
using PesTor.Recipes.SampleData;
using PesTor.Recipes.Services;
using PesTor.Recipes.Setup;
using PesTor.Recipes.Steps;
using PesTor.Setup;

namespace PesTor.Recipes;

public sealed class Startup : StartupBase
{
    // Early, so the setup gate stands in front of authentication and every module's endpoints.
    public override int Order => -50;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AutoSetupOptions>().Bind(configuration.GetSection(AutoSetupOptions.SectionName));
        services.AddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddSampleData();
        services.AddSingleton<ISetupService, SetupService>();
        services.AddScoped<RecipeExporter>();
        services.AddHostedService<AutoSetupService>();
        services.AddRazorPages();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        app.UseMiddleware<SetupGateMiddleware>();
        routes.MapRazorPages();
        routes.MapRecipeApi();
    }
}
