using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using PesTor.Localization;
using PesTor.Modules;
using StackExchange.Redis;

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
        AddLanguages(builder.Services);
        AddRedis(builder.Services, builder.Configuration);

        // Brotli and gzip for text responses (HTML, JSON, CSV). Left off for HTTPS (BREACH: forms carry antiforgery tokens
        // beside reflected text); a TLS-terminating proxy in front sees plain HTTP from the app and compresses here.
        builder.Services.AddResponseCompression(o =>
        {
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "application/xml", "image/svg+xml"]);
        });

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
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.MapLanguageSwitch();
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

    /// <summary>
    /// Request localization for every module (public site, admin, setup): Polish unless <c>?lang=en</c> or the language
    /// cookie says English. Modules keep their texts in <c>Resources/</c> (<c>IStringLocalizer&lt;T&gt;</c>); the key is the
    /// Polish text, so only English needs a resource file.
    /// </summary>
    private static void AddLanguages(IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SiteLanguages.Polish);
            o.SupportedCultures = [.. SiteLanguages.All];
            o.SupportedUICultures = [.. SiteLanguages.All];
            o.RequestCultureProviders = [new SiteLanguageCultureProvider()];
        });
    }

    /// <summary>
    /// <c>PesTor:Redis</c> (a StackExchange.Redis configuration, "127.0.0.1:6379"): nodes share data-protection keys (so a
    /// sign-in cookie or form token from one node is read by another) and, through the theme, the output cache. One
    /// connection per process, opened on first use. Keys start with <c>PesTor:RedisPrefix</c> (default "pestor:"), so sites
    /// sharing a Redis server keep apart.
    /// </summary>
    private static void AddRedis(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["PesTor:Redis"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return;
        }

        var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
        services.AddSingleton<IConnectionMultiplexer>(_ => connection.Value);
        services.AddDataProtection()
            .SetApplicationName("PesTor")
            .PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), (configuration["PesTor:RedisPrefix"] ?? "pestor:") + "data-protection-keys");
    }

    private static IEnumerable<StartupBase> OrderedStartups(IReadOnlyList<ModuleDescriptor> modules) =>
        modules.SelectMany((m, index) => m.Startups.Select(s => (Startup: s, Index: index)))
            .OrderBy(x => x.Startup.Order)
            .ThenBy(x => x.Index)
            .Select(x => x.Startup);
}
