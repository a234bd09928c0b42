using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using PesTor.Modules;

namespace PesTor;

/// <summary>The host's two calls: <c>builder.AddPesTor()</c> and <c>app.UsePesTor()</c>.</summary>
public static class PesTorHostExtensions
{
    public static WebApplicationBuilder AddPesTor(this WebApplicationBuilder builder)
    {
        var modules = ModuleCatalog.Discover(AppContext.BaseDirectory);
        builder.Services.AddSingleton<IReadOnlyList<ModuleDescriptor>>(modules);

        // Modules' wwwroot files (and the npm libraries copied there) are served at /_content/{Module}/… in every
        // environment; run from the build output they are found through the static web assets manifest (ASP.NET Core
        // reads it only in Development by default), published they are in wwwroot and this is a no-op.
        Microsoft.AspNetCore.Hosting.WebHostBuilderExtensions.UseStaticWebAssets(builder.WebHost);
        builder.Services.AddHealthChecks();
        builder.Services.AddProblemDetails();
        builder.Services.AddHttpContextAccessor();

        // Polish letters are written as they are, not as &#x119; escapes (Razor still escapes markup characters).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Startups run by their Order, then in module dependency order.
        foreach (var startup in OrderedStartups(modules))
        {
            startup.ConfigureServices(builder.Services, builder.Configuration);
        }

        return builder;
    }

    public static WebApplication UsePesTor(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Static files before routing: a routed endpoint (the theme's catch-all item page) would otherwise win. A host
        // with neither a wwwroot nor a static web assets manifest (the benchmark's) has none to serve.
        if (app.Environment.WebRootFileProvider is not Microsoft.Extensions.FileProviders.NullFileProvider)
        {
            app.UseStaticFiles();
        }

        app.UseRouting();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        var modules = app.Services.GetRequiredService<IReadOnlyList<ModuleDescriptor>>();
        foreach (var startup in OrderedStartups(modules))
        {
            startup.Configure(app, app, app.Services);
        }

        return app;
    }

    private static IEnumerable<StartupBase> OrderedStartups(IReadOnlyList<ModuleDescriptor> modules) =>
        modules.SelectMany((m, index) => m.Startups.Select(s => (Startup: s, Index: index)))
            .OrderBy(x => x.Startup.Order)
            .ThenBy(x => x.Index)
            .Select(x => x.Startup);
}
