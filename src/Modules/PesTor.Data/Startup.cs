using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PesTor.Media;
using PesTor.Audit;
using PesTor.Data.Health;
using PesTor.Data.Services;
using PesTor.Indicators;
using PesTor.Jobs;
using PesTor.Metadata;
using PesTor.Modules;
using PesTor.Notifications;
using PesTor.Setup;
using PesTor.Users;
using PesTor.Workflows;

namespace PesTor.Data;

public sealed class Startup : StartupBase
{
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddOptions<AppDataOptions>().Configure(o => o.Path = configuration["PesTor:AppData"] ?? o.Path);
        services.AddSingleton<DatabaseConnection>();
        services.TryAddSingleton(TimeProvider.System);

        // Both providers are registered and the one in use is read per scope, so setup can choose the database
        // without rebuilding the container.
        // Interceptors registered in DI (diagnostics, tests counting statements) apply to both providers.
        services.AddDbContext<SqlitePesTorDbContext>((sp, o) =>
            o.UseSqlite(sp.GetRequiredService<DatabaseConnection>().ConnectionString)
                .AddInterceptors([new SqlitePragmas(), .. sp.GetServices<IInterceptor>()]));
        services.AddDbContext<PostgresPesTorDbContext>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<DatabaseConnection>().ConnectionString)
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddSingleton<DbContextPools>();
        services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<DbContextPools>().OptionsFor<SqlitePesTorDbContext>()));
        services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<DbContextPools>().OptionsFor<PostgresPesTorDbContext>()));

        // The site's context comes from the pool under this one service type only: the container disposes whatever a
        // registration hands out, so a leased context also registered under its provider type would be returned to the
        // pool twice and later leased to two scopes at once. (The provider types stay plain AddDbContext registrations.)
        services.AddScoped<PesTorDbContext>(sp =>
        {
            var pools = sp.GetRequiredService<DbContextPools>();
            return sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Postgres
                ? pools.Lease<PostgresPesTorDbContext>()
                : pools.Lease<SqlitePesTorDbContext>();
        });

        services.AddIdentityCore<PesTorUser>()
            .AddRoles<PesTorRole>()
            .AddEntityFrameworkStores<PesTorDbContext>();

        services.AddScoped<SqlRunner>();
        services.AddScoped<IContentStore, ContentStore>();
        services.AddScoped<IContentIndexStore, ContentIndexStore>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<ContentVersion>();
        services.AddScoped<IContentVersion>(sp => sp.GetRequiredService<ContentVersion>());
        services.AddScoped<Audit.IAuditTrail, EfAuditTrail>();
        services.AddScoped<IContentDefinitionStore, EfContentDefinitionStore>();
        services.AddScoped<IDocumentStore, EfDocumentStore>();
        services.AddScoped<IAccountStatistics, EfAccountStatistics>();
        services.AddScoped<IMediaFileStore, EfMediaFileStore>();
        services.AddScoped<IEntityClaimStore, EfEntityClaimStore>();
        services.AddScoped<IUserDirectory, EfUserDirectory>();
        services.AddScoped<IIndicatorHistoryStore, EfIndicatorHistoryStore>();
        services.AddScoped<IWorkflowRunStore, EfWorkflowRunStore>();
        services.AddScoped<INotificationStore, EfNotificationStore>();

        // Durable jobs: written with the change that causes them, run after the commit, retried with backoff.
        services.AddOptions<JobOptions>().Bind(configuration.GetSection(JobOptions.SectionName));
        services.AddSingleton<JobSignal>();
        services.AddScoped<IJobQueue, EfJobQueue>();
        services.AddSingleton<IJobRunner, JobRunner>();
        services.AddHostedService<JobLoop>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ISiteShell, SiteShell>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
    }
}
