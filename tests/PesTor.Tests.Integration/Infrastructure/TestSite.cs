using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PesTor.Data;
using PesTor.Handlers;
using PesTor.Metadata;
using PesTor.Security;
using PesTor.Users;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A whole PES-TOR site hosted in-process on its own database, with the test content model, roles and users in place.
/// One per test class (xUnit class fixture); subclasses pick the database.
/// </summary>
public abstract class TestSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin-Password-1";
    public const string EditorPassword = "Editor-Password-1";

    private TestDatabase? _database;

    protected abstract string Provider { get; }

    /// <summary>The setup recipe; empty for the tests' own model (<see cref="TestModel"/>).</summary>
    protected virtual string RecipeName => "";

    /// <summary>Whether the site gets the tests' own model, roles and users after setup.</summary>
    protected virtual bool SeedTestModel => RecipeName.Length == 0;

    /// <summary>Whether setup adds the sample data recipe.</summary>
    protected virtual bool SampleData => false;

    public CapturedLog Log { get; } = new();

    /// <summary>The site's SMTP server: every test site sends its e-mail here (configuration <c>PesTor:Smtp:*</c>).</summary>
    public SmtpListener Mail { get; } = SmtpListener.Start();

    public SqlRecorder Sql { get; } = new();

    public TestContentHandler.Journal Events { get; } = new();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The site is not started.");

    public string AdminUserId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _ = Server; // starts the host: migrations run before it serves
        await RunAsSystemAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PesTorUser>>();
            AdminUserId = (await users.FindByNameAsync("admin"))!.Id;
            if (!SeedTestModel)
            {
                return;
            }

            await services.GetRequiredService<IContentDefinitionManager>().StoreAsync(TestModel.Types(), TestModel.Parts());
            await TestModel.SeedRolesAsync(services.GetRequiredService<RoleManager<PesTorRole>>());
            await TestModel.CreateUserAsync(users, "editor1", EditorPassword, TestModel.OwnEditorRole);
            await TestModel.CreateUserAsync(users, "editor2", EditorPassword, TestModel.OwnEditorRole);
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Mail.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Runs code in a fresh scope as the system (recipes and seeding run this way).</summary>
    public async Task RunAsSystemAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> RunAsSystemAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs code in a fresh scope as the named user, the way a request signed in as that user would.</summary>
    public async Task RunAsAsync(string? userName, Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (userName is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PesTorUser>>();
            var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PesTorUser>>();
            principal = await factory.CreateAsync((await users.FindByNameAsync(userName))!);
        }

        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var previous = http.HttpContext;
        http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        try
        {
            await action(scope.ServiceProvider);
        }
        finally
        {
            http.HttpContext = previous;
        }
    }

    /// <summary>A client signed in as the given user (cookies kept), or anonymous when no user is named.</summary>
    public async Task<HttpClient> ClientAsync(string? userName = null, string? password = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        if (userName is not null)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
            response.EnsureSuccessStatusCode();
        }

        return client;
    }

    /// <summary>Fails on any warning or error logged since the last check, then starts afresh.</summary>
    public void AssertNoLoggedIssues()
    {
        var issues = Log.Issues.ToList();
        Log.Clear();
        Assert.True(issues.Count == 0, "Unexpected log entries:\n" + string.Join("\n", issues));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("PesTor:AppData", Database.AppData);

        // Every test site is set up the way a container is: auto-setup, here without a recipe (tests bring their model).
        builder.UseSetting("PesTor:AutoSetup:SiteName", "PES-TOR test");
        builder.UseSetting("PesTor:AutoSetup:AdminUserName", "admin");
        builder.UseSetting("PesTor:AutoSetup:AdminEmail", "admin@example.org");
        builder.UseSetting("PesTor:AutoSetup:AdminPassword", AdminPassword);
        builder.UseSetting("PesTor:AutoSetup:DatabaseProvider", Database.Provider);
        builder.UseSetting("PesTor:AutoSetup:ConnectionString", Database.ConnectionString ?? "");
        builder.UseSetting("PesTor:AutoSetup:RecipeName", RecipeName);
        builder.UseSetting("PesTor:AutoSetup:SampleData", SampleData ? "true" : "false");

        Mail.Configure(builder);

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(Sql);
            // Each test site brings its own interceptor instances, so EF builds an internal service provider per site; past
            // twenty in one test process EF's default makes that an error. That is about the test process, not the application.
            services.ConfigureDbContext<SqlitePesTorDbContext>(o => o.ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning)));
            services.ConfigureDbContext<PostgresPesTorDbContext>(o => o.ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning)));
            services.AddSingleton(Events);
            services.AddScoped<IContentHandler, TestContentHandler>();
        });
    }
}

public sealed class SqliteSite : TestSite
{
    protected override string Provider => "Sqlite";
}

public sealed class PostgresSite : TestSite
{
    protected override string Provider => "Postgres";
}

/// <summary>A site set up from the real setup recipe, as a city would start.</summary>
public sealed class SqliteTorunSite : TestSite
{
    protected override string Provider => "Sqlite";

    protected override string RecipeName => "pestor-torun";
}

/// <summary>A freshly set-up site with nothing in it but the administrator.</summary>
public sealed class SqliteBareSite : TestSite
{
    protected override string Provider => "Sqlite";

    protected override bool SeedTestModel => false;
}

/// <summary>The Toruń site with sample data at the original platform's scale.</summary>
public sealed class SqliteSampleSite : TestSite
{
    protected override string Provider => "Sqlite";

    protected override string RecipeName => "pestor-torun";

    protected override bool SampleData => true;
}

/// <summary>The sample site without the background search indexer, for tests that count the statements of one request.</summary>
public sealed class SqliteQuietSampleSite : TestSite
{
    protected override string Provider => "Sqlite";

    protected override string RecipeName => "pestor-torun";

    protected override bool SampleData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PesTor:Search:IndexInBackground", "false");
    }
}

public sealed class PostgresTorunSite : TestSite
{
    protected override string Provider => "Postgres";

    protected override string RecipeName => "pestor-torun";
}

/// <summary>
/// The Toruń site with the container checking scopes as it does in Development (`dotnet run`): a scoped service taken
/// from the root provider is an error there, where Testing and Production let it pass.
/// </summary>
public sealed class SqliteScopeCheckingSite : TestSite
{
    protected override string Provider => "Sqlite";

    protected override string RecipeName => "pestor-torun";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseDefaultServiceProvider(o => o.ValidateScopes = true);
    }
}
