using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Admin;
using PesTor.Handlers;
using PesTor.Modules;
using PesTor.Search.Endpoints;
using PesTor.Search.Handlers;
using PesTor.Search.Models;
using PesTor.Search.Services;

namespace PesTor.Search;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection("PesTor:Search"));
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService<SearchIndexingService>();
        services.AddScoped<LuceneSearchService>();
        services.AddScoped<ISearchService>(sp => sp.GetRequiredService<LuceneSearchService>());
        services.AddScoped<IContentListSearch>(sp => sp.GetRequiredService<LuceneSearchService>());
        services.AddScoped<IContentHandler, SearchSignalHandler>();
        services.AddScoped<IAdminMenuProvider, SearchAdminMenu>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapSearch();
}
