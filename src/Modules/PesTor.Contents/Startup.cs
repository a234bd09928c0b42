using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Contents.Endpoints;
using PesTor.Contents.Fields;
using PesTor.Contents.Handlers;
using PesTor.Contents.Metadata;
using PesTor.Contents.Queries;
using PesTor.Contents.Security;
using PesTor.Contents.Services;
using PesTor.Handlers;
using PesTor.Metadata;
using PesTor.Modules;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Contents;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentFieldKinds();
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<ContentDefinitionValidator>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentItemLookup, ContentItemLookup>();
        services.AddScoped<ContentItemProcessor>();
        services.AddScoped<ContentEventRunner>();
        services.AddScoped<IContentHandler, OutboxContentHandler>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentQueryService, ContentQueryService>();
        services.AddScoped<ContentQueryService>();
        services.AddScoped<IContentIndexReader, ContentIndexReader>();
        services.AddScoped<IContentBulkImporter, ContentBulkImporter>();
        services.AddScoped<PrivateFieldRedactor>();
        services.AddSingleton<ICallerAccessor, CallerAccessor>();
        services.AddSingleton<IContentOwnership, OwnerIsCaller>();
        services.AddScoped<IContentAuthorizer, ContentAuthorizer>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapContentApi();
}
