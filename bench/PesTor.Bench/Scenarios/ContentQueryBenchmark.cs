using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Data;
using PesTor.Bench.Hosting;
using PesTor.Bench.Measure;
using PesTor.Data;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Bench.Scenarios;

/// <summary>
/// The <c>content-query</c> command: for each database, one site; for each size (ascending) the items are topped up to
/// that size, checked, and every scenario is measured as a request would run it: a fresh DI scope per call, the one
/// content query service, single-threaded.
/// </summary>
internal sealed class ContentQueryBenchmark(BenchOptions options, TextWriter output)
{
    /// <summary>0 when a database ran (PostgreSQL may be skipped for want of a server when SQLite ran too), 1 when none did.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var dataset = await DatasetLoader.LoadAsync(options.Dataset, cancellationToken);
        output.WriteLine($"PES-TOR content query benchmark: {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, " +
            $"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        output.WriteLine($"dataset: {options.Dataset} ({dataset.Count} entities); sizes {string.Join(", ", options.Sizes)}; " +
            $"up to {options.Iterations} measured calls per scenario after {options.Warmup} warm-up calls (at least {options.MinIterations}; fewer only past {options.BudgetSeconds} s)");
        output.WriteLine("caller: the system (ICallerAccessor.BeginSystemScope), so permission filtering takes the system path (no role lookups, no owner filter).");
        output.WriteLine("each call: new DI scope -> IContentQueryService (definitions identifier check + the compiled SQL) -> items parsed from JSON; times are per call, in-process, no HTTP.");
        output.WriteLine();

        var ran = 0;
        foreach (var provider in options.Providers)
        {
            BenchDatabase database;
            if (provider == "postgres")
            {
                var admin = BenchDatabase.PostgresAdminConnectionString();
                if (admin is null)
                {
                    output.WriteLine("PostgreSQL skipped: set PESTOR_BENCH_POSTGRES (or PESTOR_TEST_POSTGRES) to an admin connection string, " +
                        "e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres. A throwaway database is created and dropped.");
                    output.WriteLine();
                    continue;
                }

                database = await BenchDatabase.CreatePostgresAsync(admin, cancellationToken);
            }
            else
            {
                database = BenchDatabase.CreateSqlite();
            }

            BenchSite site;
            try
            {
                site = await BenchSite.StartAsync(database, cancellationToken);
            }
            catch
            {
                // The site owns the database once started; until then a failed start must still drop it.
                await database.DisposeAsync();
                throw;
            }

            await using (site)
            {
                await RunProviderAsync(site, dataset, cancellationToken);
            }

            ran++;
        }

        return ran > 0 ? 0 : 1;
    }

    private async Task RunProviderAsync(BenchSite site, IReadOnlyList<DatasetEntity> dataset, CancellationToken cancellationToken)
    {
        var provider = site.Database.Provider;
        output.WriteLine($"## {provider} ({await ServerVersionAsync(site, cancellationToken)})");
        await site.RunAsSystemAsync(services => BenchModel.SetUpAsync(services, cancellationToken));

        var loaded = 0;
        foreach (var size in options.Sizes.Distinct().Order())
        {
            var elapsed = await EntityBulkLoader.LoadAsync(site, SyntheticEntities.Take(dataset, size).Skip(loaded), cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"loaded {size - loaded} entities ({loaded} -> {size}) in {elapsed.TotalSeconds:0.00} s, {(size - loaded) / elapsed.TotalSeconds:0} items/s " +
                $"(IContentStore.InsertManyAsync, {EntityBulkLoader.BatchSize} per batch and transaction)"));
            loaded = size;

            if (provider == DatabaseProvider.Postgres)
            {
                // What autovacuum does shortly after a bulk load; without it the planner guesses row counts of fresh tables.
                await site.RunAsSystemAsync(services => services.GetRequiredService<PesTorDbContext>().Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken));
            }

            output.WriteLine(await ScenarioChecks.RunAsync(site, [.. SyntheticEntities.Take(dataset, size)], cancellationToken));
            if (options.Explain)
            {
                await QueryPlans.PrintAsync(site.Services, provider, output, cancellationToken);
            }

            var results = new List<LatencyResult>();
            foreach (var scenario in ContentQueryScenarios.All)
            {
                results.Add(await LatencyRecorder.MeasureAsync(scenario.Name, () => CallAsync(site.Services, scenario, cancellationToken), options));
            }

            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {provider}, {size:N0} items"));
            output.WriteLine();
            ResultTable.Print(output, results);
            output.WriteLine();
        }
    }

    /// <summary>One call as a request makes it: its own scope (DbContext, definitions check, authorizer) and the caller's identity.</summary>
    private static async Task CallAsync(IServiceProvider services, Scenario scenario, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        await scenario.RunAsync(scope.ServiceProvider.GetRequiredService<IContentQueryService>(), cancellationToken);
    }

    private static Task<string> ServerVersionAsync(BenchSite site, CancellationToken cancellationToken) =>
        site.RunAsSystemAsync(async services =>
        {
            var db = services.GetRequiredService<PesTorDbContext>();
            var sql = site.Database.Provider == DatabaseProvider.Postgres
                ? "SELECT 'PostgreSQL ' || current_setting('server_version') AS \"Value\""
                : "SELECT 'SQLite ' || sqlite_version() AS \"Value\"";
            return await db.Database.SqlQueryRaw<string>(sql).SingleAsync(cancellationToken);
        });
}
