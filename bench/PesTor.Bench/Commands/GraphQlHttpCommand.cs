using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Data;
using PesTor.Bench.Hosting;
using PesTor.Bench.Measure;
using PesTor.Bench.Scenarios;
using PesTor.Queries;
using PesTor.Search.Services;
using PesTor.Security;
using PesTor.Users;

namespace PesTor.Bench.Commands;

/// <summary>
/// <c>graphql-http</c>: the site on Kestrel at 127.0.0.1 (Production, Release), the shared 10 000-entity dataset on SQLite
/// (or PostgreSQL with <c>--provider postgres</c>), and a closed loop of <c>--connections</c> (8) clients over loopback,
/// each sending the next request when the last one answered, for <c>--seconds</c> (20) per scenario after a 5 s warm-up.
/// Prints requests/s, p50 and p99 per scenario. The load loop and the server share the machine's cores. With
/// <c>--result-cache off</c> every request runs the whole engine (what a query that varies costs); on (the default), every
/// request after the first of a scenario is answered from the GraphQL result cache.
/// </summary>
internal static class GraphQlHttpCommand
{
    private const string Usage = "graphql-http [--provider sqlite|postgres] [--connections 8] [--seconds 20] [--warmup 5] [--dataset PATH] [--only list|one|contains] [--result-cache on|off]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var (provider, connections, seconds, warmup, datasetPath, only, resultCache) = ("sqlite", 8, 20, 5, BenchOptions.DefaultDataset, (string?)null, "on");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--provider": provider = args[i + 1]; break;
                case "--connections": connections = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--dataset": datasetPath = args[i + 1]; break;
                case "--only": only = args[i + 1]; break;
                case "--result-cache" when args[i + 1] is "on" or "off": resultCache = args[i + 1]; break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }

        var dataset = await DatasetLoader.LoadAsync(datasetPath, cancellationToken);
        var database = provider == "postgres"
            ? await BenchDatabase.CreatePostgresAsync(BenchDatabase.PostgresAdminConnectionString() ?? throw new InvalidOperationException("Set PESTOR_BENCH_POSTGRES."), cancellationToken)
            : BenchDatabase.CreateSqlite();
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        // The benchmark is one caller hammering one endpoint: the per-IP limit would stop it after a few hundred requests.
        await using var site = await BenchSite.StartAsync(database, cancellationToken, listenUrl: url, extraSettings: new Dictionary<string, string?>
        {
            ["PesTor:GraphQL:AnonymousPermitsPerMinute"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
            // Off, every request runs the whole engine: what a query that varies (other filters, pages, variables) costs.
            ["PesTor:GraphQL:ResultCache:Enabled"] = resultCache == "on" ? "true" : "false",
        });
        await site.RunAsSystemAsync(services => BenchModel.SetUpAsync(services, cancellationToken));
        await site.RunAsSystemAsync(AllowAnonymousReadsAsync);
        var load = await EntityBulkLoader.LoadAsync(site, dataset, cancellationToken);
        // The search index follows the 10 000 imported entities in the background; measuring while it works would charge
        // its CPU and garbage to the first scenario. The loading's garbage is collected for the same reason.
        await site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        output.WriteLine($"graphql-http: {database.Provider}, {dataset.Count} entities loaded in {load.TotalSeconds:0.0} s; {connections} connections, " +
            $"{warmup} s warm-up + {seconds} s per scenario, result cache {resultCache}, server and load loop in one process on {Environment.ProcessorCount} cores, {url}");

        var oneId = await site.RunAsSystemAsync(async services => (await services.GetRequiredService<IContentQueryService>()
            .ListAsync(new ContentQuery { ContentTypes = [BenchModel.EntityType], Take = 1, Skip = dataset.Count / 2 }, includeTotal: false, cancellationToken)).Items[0].ContentItemId);
        var scenarios = new (string Name, string Query)[]
        {
            ("list", """{ entity(where: { legalForm: "spoldzielnia_socjalna" }, orderBy: { displayText: ASC }, first: 20) { displayText legalForm { name } location { latitude longitude } } }"""),
            ("one", $$"""{ contentItem(contentItemId: "{{oneId}}") { displayText ... on Entity { legalForm { name } location { latitude longitude } } } }"""),
            ("contains", $$"""{ entity(where: { displayText_contains: "{{ContentQueryScenarios.ContainsWord}}" }, orderBy: { displayText: ASC }, first: 20) { displayText legalForm { name } location { latitude longitude } } }"""),
        };

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };
        output.WriteLine($"{"scenario",-10} {"requests",9} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"CPU ms/req",10} {"alloc/req",10}  response bytes");
        foreach (var (name, query) in scenarios.Where(s => only is null || s.Name == only))
        {
            var body = new JsonObject { ["query"] = query }.ToJsonString();
            var sample = await SendAsync(http, body, cancellationToken);
            if (!sample.Contains("\"data\"", StringComparison.Ordinal) || sample.Contains("\"errors\"", StringComparison.Ordinal))
            {
                output.WriteLine($"{name}: unexpected answer {sample}");
                return 1;
            }

            await LoopAsync(http, body, connections, TimeSpan.FromSeconds(warmup), cancellationToken);
            var cost = ProcessCost.Start();
            var (samples, elapsed) = await LoopAsync(http, body, connections, TimeSpan.FromSeconds(seconds), cancellationToken);
            var (cpuMs, bytes) = cost.PerRequest(samples.Length);
            var result = LatencyResult.From(name, samples, elapsed, bytes * samples.Length, 0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} {result.Iterations,9} {result.CallsPerSecond,9:0} {result.P50,8:0.000} {result.P99,8:0.000} {result.Max,8:0.0} {cpuMs,10:0.000} {ResultTable.Bytes(bytes),10}  {Encoding.UTF8.GetByteCount(sample)}"));
        }

        return 0;
    }

    // Each worker sends a request, waits for the whole answer, and sends the next (what wrk does per connection).
    private static async Task<(long[] Samples, TimeSpan Elapsed)> LoopAsync(HttpClient http, string body, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var samples = new List<long>(50_000);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await SendAsync(http, body, cancellationToken);
                samples.Add(Stopwatch.GetTimestamp() - start);
            }

            return samples;
        }, cancellationToken)).ToList();
        var all = await Task.WhenAll(workers);
        clock.Stop();
        return ([.. all.SelectMany(s => s)], clock.Elapsed);
    }

    private static async Task<string> SendAsync(HttpClient http, string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/graphql", content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? text : throw new InvalidOperationException($"{response.StatusCode}: {text}");
    }

    // Visitors read published entities and run GraphQL, as the Toruń recipe's Anonymous role allows.
    private static async Task AllowAnonymousReadsAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<PesTorRole>>();
        var anonymous = new PesTorRole { Name = RoleNames.Anonymous };
        await roles.CreateAsync(anonymous);
        foreach (var permission in new[] { SitePermissions.ExecuteGraphQL, ContentPermissions.ForType(ContentAction.View, false, BenchModel.EntityType), ContentPermissions.ForType(ContentAction.View, false, BenchModel.TaxonomyType) })
        {
            await roles.AddClaimAsync(anonymous, new Claim(RoleNames.PermissionClaimType, permission));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
