using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PesTor.Bench.Measure;

namespace PesTor.Bench.Commands;

/// <summary>
/// <c>public-pages</c>: the public site over HTTP on loopback. The app runs as Program.cs runs it, on Kestrel at
/// 127.0.0.1 (a free port), set up from pestor-torun with sample data on a throwaway SQLite folder; a load loop of
/// concurrent clients in the same process asks for the home page and the entity directory filtered by legal form,
/// cached (anonymous requests, served from the output cache) and uncached (the same requests with an Authorization
/// header, which the output cache never serves, so every page is rendered). Each scenario is bounded by time and count.
/// </summary>
internal static class PublicPagesCommand
{
    public const string Usage = "public-pages [--seconds 10] [--concurrency 8] [--max-requests 1000000] [--only TEXT]";

    private static readonly (string Name, string Path, bool Cached)[] Scenarios =
    [
        ("home, cached", "/", true),
        ("home, uncached", "/", false),
        ("entity directory ?forma=fundacja, cached", "/podmioty?forma=fundacja", true),
        ("entity directory ?forma=fundacja, uncached", "/podmioty?forma=fundacja", false),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 8);
        var maxRequests = Option(args, "--max-requests", 1_000_000);
        var onlyIndex = Array.IndexOf(args, "--only");
        var only = onlyIndex >= 0 && onlyIndex + 1 < args.Length ? args[onlyIndex + 1] : null;
        var appData = Directory.CreateTempSubdirectory("pestor-bench-pages-").FullName;
        try
        {
            output.WriteLine($"Setting up pestor-torun with sample data in {appData} ...");
            await using var app = Build(appData);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri(address),
            };

            var settled = await ProcessCost.WaitForIdleAsync(TimeSpan.FromMinutes(2), cancellationToken);
            output.WriteLine($"Background work after setup (search indexing) ended after {settled.TotalSeconds:0} s.");
            output.WriteLine($"{concurrency} concurrent clients, {seconds} s a scenario after a warm-up that lasts until the JIT has settled, {Environment.ProcessorCount} cores");
            output.WriteLine();
            output.WriteLine($"| {"scenario",-45} | {"requests",9} | {"req/s",8} | {"p50 ms",7} | {"p99 ms",7} | {"CPU ms/req",10} | {"alloc/req",9} | {"GC pause",8} | {"warm-up s",9} |");
            output.WriteLine($"|{new string('-', 47)}|{new string('-', 10)}:|{new string('-', 9)}:|{new string('-', 8)}:|{new string('-', 8)}:|{new string('-', 11)}:|{new string('-', 10)}:|{new string('-', 9)}:|{new string('-', 10)}:|");
            foreach (var (name, path, cached) in Scenarios.Where(s => only is null || s.Name.Contains(only, StringComparison.Ordinal)))
            {
                var warmup = await WarmUpAsync(client, path, cached, concurrency, cancellationToken);
                var cost = ProcessCost.Start();
                var result = await LoadAsync(client, path, cached, concurrency, TimeSpan.FromSeconds(seconds), maxRequests, cancellationToken);
                var (cpuMs, bytes) = cost.PerRequest(result.Count);
                var gcPause = cost.GcPauseShare();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name,-45} | {result.Count,9} | {result.PerSecond,8:0} | {result.P50,7:0.00} | {result.P99,7:0.00} | {cpuMs,10:0.000} | {ResultTable.Bytes(bytes),9} | {gcPause,8:0.0%} | {warmup,9:0} |"));
            }

            await app.StopAsync(cancellationToken);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(appData, recursive: true);
        }
    }

    /// <summary>
    /// Loads the page in 2 s rounds until a round compiles fewer than 50 methods (at most 60 s). On two cores tiered
    /// compilation keeps recompiling hot methods for tens of seconds under load (a tenth of the CPU 40 s in); measuring
    /// before it settles would time unoptimized code and the JIT itself, not the steady state a running site is in.
    /// </summary>
    private static async Task<double> WarmUpAsync(HttpClient client, string path, bool cached, int concurrency, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await LoadAsync(client, path, cached, concurrency, TimeSpan.FromSeconds(2), int.MaxValue, cancellationToken);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 50)
            {
                break;
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private sealed record LoadResult(int Count, double PerSecond, double P50, double P99);

    private static async Task<LoadResult> LoadAsync(HttpClient client, string path, bool cached, int concurrency, TimeSpan duration, int maxRequests, CancellationToken cancellationToken)
    {
        var samples = new List<long>[concurrency];
        var issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = samples[worker] = new List<long>(1 << 16);
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests && !cancellationToken.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (!cached)
                {
                    // The output cache never serves a request that carries credentials; the site itself ignores this one.
                    request.Headers.TryAddWithoutValidation("Authorization", "Bench uncached");
                }

                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request, cancellationToken);
                await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                mine.Add(Stopwatch.GetTimestamp() - start);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
                }
            }
        }));
        clock.Stop();

        var all = samples.SelectMany(s => s).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(all.Length, all.Length / clock.Elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }

    private static WebApplication Build(string appData)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The web app's name, as WebApplicationFactory does, so MVC finds the modules' pages from PesTor.Web's references.
            ApplicationName = "PesTor.Web",
            EnvironmentName = Environments.Production,
            ContentRootPath = appData,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PesTor:AppData"] = appData,
            ["Logging:LogLevel:Default"] = "Warning",
            ["PesTor:AutoSetup:SiteName"] = "PES-TOR bench",
            ["PesTor:AutoSetup:AdminUserName"] = "admin",
            ["PesTor:AutoSetup:AdminEmail"] = "admin@example.org",
            ["PesTor:AutoSetup:AdminPassword"] = "Bench-Password-1",
            ["PesTor:AutoSetup:RecipeName"] = "pestor-torun",
            ["PesTor:AutoSetup:SampleData"] = "true",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPesTor();
        var app = builder.Build();
        app.UsePesTor();
        return app;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }
}
