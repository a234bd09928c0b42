using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PesTor.Security;

namespace PesTor.Bench.Hosting;

/// <summary>
/// The app hosted in-process exactly as Program.cs does it (<c>CreateBuilder</c> + <c>AddPesTor</c> + <c>Build</c> +
/// <c>UsePesTor</c>), in Production with logging at Warning, on a throwaway database. Starting it runs the migrations.
/// </summary>
internal sealed class BenchSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchSite(WebApplication app, BenchDatabase database)
    {
        _app = app;
        Database = database;
    }

    public BenchDatabase Database { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="recipeName">The setup recipe; empty for a site with no content model (the query benchmark brings its own).</param>
    /// <param name="sampleData">Whether setup adds the sample data recipe.</param>
    /// <param name="listenUrl">When set, Kestrel serves HTTP there (the HTTP benchmarks); otherwise nothing listens.</param>
    /// <param name="extraSettings">Configuration added to the site's (limits the HTTP benchmark raises).</param>
    public static async Task<BenchSite> StartAsync(
        BenchDatabase database, CancellationToken cancellationToken, string recipeName = "", bool sampleData = false,
        string? listenUrl = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(extraSettings ?? new Dictionary<string, string?>())
        {
            ["PesTor:AutoSetup:SiteName"] = "PES-TOR bench",
            ["PesTor:AutoSetup:AdminUserName"] = "admin",
            ["PesTor:AutoSetup:AdminEmail"] = "admin@example.org",
            ["PesTor:AutoSetup:AdminPassword"] = "Bench-Password-1",
            ["PesTor:AutoSetup:DatabaseProvider"] = database.Provider.ToString(),
            ["PesTor:AutoSetup:ConnectionString"] = database.ConnectionString ?? "",
            ["PesTor:AutoSetup:RecipeName"] = recipeName,
            ["PesTor:AutoSetup:SampleData"] = sampleData ? "true" : "false",
        };
        var app = Build(database.AppData, settings, listenUrl);
        await app.StartAsync(cancellationToken);
        return new BenchSite(app, database);
    }

    /// <summary>Opens an existing, set-up site (its app data folder holds site.json) without changing or deleting it.</summary>
    public static async Task<WebApplication> OpenAsync(string appData, CancellationToken cancellationToken)
    {
        var app = Build(appData, []);
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static WebApplication Build(string appData, Dictionary<string, string?> settings, string? listenUrl = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = appData,
            Args = [],
        });

        // A new site sets itself up on start (auto-setup), before the host reports it has started.
        settings["PesTor:AppData"] = appData;
        settings["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPesTor();
        if (listenUrl is null)
        {
            builder.Services.AddSingleton<IServer, NoListeningServer>();
        }
        else
        {
            builder.WebHost.UseUrls(listenUrl);
        }

        var app = builder.Build();
        app.UsePesTor();
        return app;
    }

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope as the system (how recipes and seeding run).</summary>
    public Task RunAsSystemAsync(Func<IServiceProvider, Task> action) =>
        RunAsSystemAsync<bool>(async services =>
        {
            await action(services);
            return true;
        });

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope as the system and returns its result.</summary>
    public async Task<T> RunAsSystemAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
