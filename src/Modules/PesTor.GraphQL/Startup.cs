using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PesTor.GraphQL.Endpoints;
using PesTor.GraphQL.ApiClients;
using PesTor.GraphQL.Caching;
using PesTor.GraphQL.Services;
using PesTor.GraphQL.Validation;
using PesTor.Handlers;
using PesTor.Modules;
using PesTor.Security;

namespace PesTor.GraphQL;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQlOptions>().Bind(configuration.GetSection(GraphQlOptions.SectionName));
        services.AddSingleton<GraphQlSchemaProvider>();
        services.AddSingleton<GraphQlRateLimiter>();
        services.AddScoped<ApiClientStore>();
        services.AddScoped<PesTor.Admin.IAdminMenuProvider, GraphQlAdminMenu>();
        services.TryAddSingleton(TimeProvider.System);
        DecoratePermissionGrants(services);
        services.AddSingleton<ParsedDocuments>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<GraphQlResultCache>();
        services.AddScoped<GraphQlResultStamps>();
        services.AddSingleton<ContentChangeClock>();
        services.AddScoped<IContentHandler, GraphQlResultInvalidation>();
        services.AddScoped<IContentImportHandler, GraphQlResultInvalidation>();
        services.AddScoped<ContentItemBatchLoader>();
        // Queries run serially: the scoped services share one database context, which allows one operation at a time.
        services.AddSingleton<IDocumentExecuter>(_ => new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
            []));
        // Exception details (messages of unexpected failures, stack traces) only in Development.
        services.AddSingleton<IGraphQLTextSerializer>(provider => new GraphQLSerializer(new ErrorInfoProvider(options =>
            options.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment())));
    }

    // Requests with an API client's token get the client's scope instead of roles; everyone else keeps the roles' grants.
    private static void DecoratePermissionGrants(IServiceCollection services)
    {
        var roles = services.Last(d => d.ServiceType == typeof(IPermissionGrantProvider));
        services.Remove(roles);
        // The constructor is looked up once, not by reflection on every request.
        var factory = roles.ImplementationType is { } type ? ActivatorUtilities.CreateFactory(type, []) : null;
        services.Add(ServiceDescriptor.Describe(typeof(IPermissionGrantProvider), provider => new ApiClientPermissionGrants(
            (IPermissionGrantProvider)(roles.ImplementationFactory?.Invoke(provider) ?? factory?.Invoke(provider, null) ?? roles.ImplementationInstance!)), roles.Lifetime));
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapGraphQl();
        routes.MapGraphiQl();
    }
}
