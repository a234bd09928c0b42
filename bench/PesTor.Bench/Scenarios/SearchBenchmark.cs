using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Data;
using PesTor.Bench.Hosting;
using PesTor.Bench.Measure;
using PesTor.Search;
using PesTor.Search.Services;
using PesTor.Security;

namespace PesTor.Bench.Scenarios;

/// <summary>
/// The <c>search</c> command: for each size the entities are topped up through the store's bulk insert, the indexes are
/// rebuilt from the database (timed), and typical searches are measured as a request runs them: a fresh DI scope per
/// call, <see cref="ISearchService"/> (Lucene query, counts per type, snippets, the page re-read from the database).
/// </summary>
internal sealed class SearchBenchmark(BenchOptions options, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var dataset = await DatasetLoader.LoadAsync(options.Dataset, cancellationToken);
        output.WriteLine($"PES-TOR search benchmark: {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores");
        output.WriteLine("caller: the system; each call: new DI scope -> ISearchService.SearchAsync (first 10, counts per type, snippets, items re-read from the database).");
        var ran = 0;
        foreach (var provider in options.Providers)
        {
            var admin = provider == "postgres" ? BenchDatabase.PostgresAdminConnectionString() : null;
            if (provider == "postgres" && admin is null)
            {
                output.WriteLine("PostgreSQL skipped: set PESTOR_BENCH_POSTGRES (or PESTOR_TEST_POSTGRES).");
                continue;
            }

            var database = provider == "postgres" ? await BenchDatabase.CreatePostgresAsync(admin!, cancellationToken)
                : options.Keep is { } kept ? BenchDatabase.KeptSqlite(kept) : BenchDatabase.CreateSqlite();
            BenchSite site;
            try
            {
                // The bench drives the indexer itself (timed rebuilds); a background catch-up would compete with it.
                site = await BenchSite.StartAsync(database, cancellationToken,
                    extraSettings: new Dictionary<string, string?> { ["PesTor:Search:IndexInBackground"] = "false" });
            }
            catch
            {
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
        output.WriteLine($"## {site.Database.Provider}");
        // A kept site remembers how many entities it holds; a new one gets the model first.
        var loadedFile = Path.Combine(site.Database.AppData, "search-bench-entities.txt");
        var loaded = File.Exists(loadedFile) ? int.Parse(await File.ReadAllTextAsync(loadedFile, cancellationToken), CultureInfo.InvariantCulture) : -1;
        if (loaded < 0)
        {
            await site.RunAsSystemAsync(services => BenchModel.SetUpAsync(services, cancellationToken));
            loaded = 0;
        }
        else
        {
            output.WriteLine($"reopened the kept site in {site.Database.AppData} ({loaded:N0} entities)");
        }

        var indexer = site.Services.GetRequiredService<SearchIndexer>();
        foreach (var size in options.Sizes.Distinct().Order())
        {
            if (size < loaded)
            {
                output.WriteLine($"{size:N0} entities skipped: the kept site already holds {loaded:N0}.");
                continue;
            }

            var added = size - loaded;
            await EntityBulkLoader.LoadAsync(site, SyntheticEntities.Take(dataset, size).Skip(loaded), cancellationToken);
            loaded = size;
            if (options.Keep is not null)
            {
                await File.WriteAllTextAsync(loadedFile, loaded.ToString(CultureInfo.InvariantCulture), cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            if (added > 0 || options.Keep is null || options.Rebuild)
            {
                var documents = await indexer.RebuildAsync(cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rebuilt both indexes at {size:N0} entities: {documents:N0} documents in {clock.Elapsed.TotalSeconds:0.0} s ({documents / clock.Elapsed.TotalSeconds:0} documents/s)"));
            }
            else
            {
                // Kept indexes written by an older document shape are rebuilt here.
                var documents = await indexer.CatchUpAsync(cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"kept indexes caught up at {size:N0} entities: {documents:N0} documents written in {clock.Elapsed.TotalSeconds:0.0} s"));
            }

            var rare = dataset[4321 % dataset.Count].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last();
            (string Name, string Query)[] scenarios =
            [
                ("common-word", "fundacja"),
                ("two-words-folded", "spoldzielnia socjalna"),
                ("prefix-typing", "społ"),
                ("phrase", "\"spółdzielnia socjalna\""),
                ("rare-word", rare),
            ];

            var results = new List<LatencyResult>();
            foreach (var (name, query) in scenarios.Where(s => options.Only is null || s.Name.Contains(options.Only, StringComparison.Ordinal)))
            {
                results.Add(await LatencyRecorder.MeasureAsync(name, () => SearchAsync(site.Services, query, cancellationToken), options));
            }

            if (options.Only is null || "suggest".Contains(options.Only, StringComparison.Ordinal))
            {
                results.Add(await LatencyRecorder.MeasureAsync("suggest", () => SuggestAsync(site.Services, "stow", cancellationToken), options));
            }

            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {site.Database.Provider}, {size:N0} entities (rare word: {rare})"));
            output.WriteLine();
            ResultTable.Print(output, results);
            output.WriteLine();
        }
    }

    private static async Task SearchAsync(IServiceProvider services, string query, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest { Query = query, First = 10 }, cancellationToken);
        if (result.Hits.Count == 0)
        {
            throw new InvalidOperationException($"'{query}' found nothing; the benchmark would measure an empty search.");
        }
    }

    private static async Task SuggestAsync(IServiceProvider services, string prefix, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        if ((await scope.ServiceProvider.GetRequiredService<ISearchService>().SuggestAsync(prefix, 8, cancellationToken)).Count == 0)
        {
            throw new InvalidOperationException($"'{prefix}' suggested nothing.");
        }
    }
}
