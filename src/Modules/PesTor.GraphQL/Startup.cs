using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PesTor.GraphQL.Endpoints;
using PesTor.GraphQL.Services;
using PesTor.GraphQL.Validation;
using PesTor.Modules;

namespace PesTor.GraphQL;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GraphQlSchemaProvider>();
        services.AddSingleton<ParsedDocuments>();
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

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapGraphQl();
}
