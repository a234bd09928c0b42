using PesTor.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PesTor.Tests.Browser.Infrastructure;

/// <summary>
/// The real PES-TOR app on Kestrel at a free loopback port, so a real browser can reach it. Every site has its own fresh
/// data folder and is NOT set up: it starts where a new installation starts, at the setup screen.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>
{
    private bool _deleted;

    public BrowserSite()
    {
        AppData = Directory.CreateTempSubdirectory("pestor-browser-").FullName;
        UseKestrel(0);
    }

    /// <summary>The site's data folder (<c>PesTor:AppData</c>); deleted when the site is disposed.</summary>
    public string AppData { get; }

    public CapturedLog Log { get; } = new();

    /// <summary>The site's SMTP server (a real listener): e-mail the site sends arrives here.</summary>
    public SmtpListener Mail { get; } = SmtpListener.Start();

    /// <summary>Where the site listens, e.g. <c>http://127.0.0.1:41234/</c>; valid once <see cref="Start"/> ran.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Services a test replaces in this site (set before <see cref="Start"/>), e.g. one that fails on purpose.</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    /// <summary>Starts Kestrel (the port is picked by the OS) and returns the site.</summary>
    public BrowserSite Start()
    {
        StartServer();
        return this;
    }

    /// <summary>An absolute address on this site, e.g. <c>Url("/setup?lang=en")</c>.</summary>
    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    /// <summary>Fails on any warning or error the site logged since the last check, then starts afresh.</summary>
    public void AssertNoLoggedIssues()
    {
        var issues = Log.Issues.ToList();
        Log.Clear();
        Assert.True(issues.Count == 0, "Unexpected log entries:\n" + string.Join("\n", issues));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("PesTor:AppData", AppData);
        Mail.Configure(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (ReplaceServices is { } replace)
        {
            builder.ConfigureServices(replace);
        }
    }

    /// <summary>Both <c>Dispose</c> and <c>DisposeAsync</c> end here, after the host has stopped.</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _deleted)
        {
            return;
        }

        // Pooled SQLite connections keep the database file open; close them so the folder can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(AppData, recursive: true);
        Mail.Dispose();
        _deleted = true;
    }
}
