using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Handlers;
using PesTor.Modules;
using PesTor.Theme.Directories;
using PesTor.Theme.Endpoints;
using PesTor.Theme.OutputCaching;
using PesTor.Theme.Program;
using PesTor.Theme.Services;
using StackExchange.Redis;

namespace PesTor.Theme;

public sealed class Startup : StartupBase
{
    /// <summary>After authentication (PesTor.Users), so the output cache knows whether the visitor is signed in.</summary>
    public override int Order => 100;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TaxonomyNames>();
        services.AddSingleton<PublishedTaxonomyCache>();
        services.AddScoped<FieldDisplay>();
        services.AddScoped<DirectoryRows>();
        services.AddSingleton<DirectoryRowCache>();
        services.AddScoped<RelatedItems>();
        services.AddScoped<ProgramReader>();
        services.AddScoped<ClauseRegister>();
        services.AddScoped<IContentHandler, OutputCacheEvictionHandler>();
        services.AddScoped<IContentImportHandler, OutputCacheEvictionHandler>();

        services.AddOutputCache(o => o.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy()));

        // With Redis configured every node shares one output cache, so an eviction on one node is seen by all.
        // The host registers the one IConnectionMultiplexer when PesTor:Redis is set.
        if (!string.IsNullOrWhiteSpace(configuration["PesTor:Redis"]))
        {
            services.AddStackExchangeRedisOutputCache(o => o.InstanceName = (configuration["PesTor:RedisPrefix"] ?? "pestor:") + "output:");
            services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>().Configure<IConnectionMultiplexer>((o, redis) => o.ConnectionMultiplexerFactory = () => Task.FromResult(redis));
        }
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        SiteErrorPages.Use(app, routes);
        app.UseOutputCache();
        app.UseMiddleware<ETagMiddleware>();
        PublicPageAttribute.AsPublicPage(routes.MapClauseCsv());
        routes.MapSitemap();
    }
}
