using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Hosting;
using PesTor.Bench.Measure;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Jobs;
using PesTor.Maps.Models;
using PesTor.Maps.Services;
using PesTor.Recipes;
using PesTor.Search.Services;

namespace PesTor.Bench.Commands;

/// <summary>
/// Times the entities map layer on a Toruń site filled with N sample entities, as an anonymous visitor: cold (built in
/// full: the index columns of located, published entities in keyset pages, the features, the GeoJSON bytes), built after
/// a change (one entity renamed: the cached layer updated from the outbox with that item alone) and served (what it costs while nothing changed: the version check and the
/// cached compressed body), and prints its size raw, gzip- and Brotli-compressed (the endpoint compresses at the fastest level).
/// </summary>
internal static class MapLayerCommand
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project bench/PesTor.Bench -- map-layer [--provider sqlite|postgres] [--entities 10000] [--iterations 30] [--keep APPDATA] [--only built]
        --keep APPDATA  a SQLite site kept in that folder: set up and filled on the first run, reopened by the next (same --entities)
        --only built    times only the cold build and the build after a change (for profiling with dotnet-trace)
        PostgreSQL: an admin connection string in PESTOR_BENCH_POSTGRES (or PESTOR_TEST_POSTGRES); a throwaway database is created and dropped.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        var provider = values.GetValueOrDefault("--provider", "sqlite");
        if (provider is not ("sqlite" or "postgres")
            || !int.TryParse(values.GetValueOrDefault("--entities", "10000"), CultureInfo.InvariantCulture, out var entities) || entities <= 0
            || !int.TryParse(values.GetValueOrDefault("--iterations", "30"), CultureInfo.InvariantCulture, out var iterations) || iterations <= 0)
        {
            output.WriteLine(Usage);
            return 2;
        }

        BenchDatabase database;
        if (provider == "postgres")
        {
            var admin = BenchDatabase.PostgresAdminConnectionString();
            if (admin is null)
            {
                output.WriteLine(Usage);
                return 2;
            }

            database = await BenchDatabase.CreatePostgresAsync(admin, cancellationToken);
        }
        else
        {
            database = values.TryGetValue("--keep", out var kept) ? BenchDatabase.KeptSqlite(kept) : BenchDatabase.CreateSqlite();
        }

        var setUp = database.IsSetUp;
        await using var site = await BenchSite.StartAsync(database, cancellationToken, recipeName: "pestor-torun");
        if (setUp)
        {
            output.WriteLine($"{provider}: reopened the kept site in {database.AppData}");
        }
        else
        {
            var fill = Stopwatch.StartNew();
            await site.RunAsSystemAsync(services =>
            {
                var recipe = services.GetRequiredService<IRecipeHarvester>().Parse(new JsonObject
                {
                    ["name"] = "map-layer-bench",
                    ["steps"] = new JsonArray(SampleDataCommand.Step(entities, seed: 2013, validate: false)),
                }.ToJsonString(), "map-layer bench");
                return services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken: cancellationToken);
            });
            output.WriteLine($"{provider}: {entities} sample entities (and the scaled other types) loaded in {fill.Elapsed.TotalSeconds:0.0} s");
            if (provider == "postgres")
            {
                // What autovacuum does within a minute of a bulk load. Without statistics the planner takes the fresh tables
                // for nearly empty and runs the layer's place filter as a nested loop (the box's index range again for every
                // item): the cold build at 10 000 entities then outlasts the command timeout.
                await site.RunAsSystemAsync(services => services.GetRequiredService<PesTorDbContext>().Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken));
            }
        }

        // The search indexer replays the load in the background; let it finish first, so its work is not counted below.
        var caughtUp = Stopwatch.StartNew();
        var indexed = await site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
        output.WriteLine($"search indexes caught up ({indexed} documents) in {caughtUp.Elapsed.TotalSeconds:0.0} s");

        // As an anonymous visitor (a scope without the system flag), as /api/geo/entities is called.
        async Task<T> AnonymousAsync<T>(Func<IServiceProvider, Task<T>> action)
        {
            await using var scope = site.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }

        var only = values.GetValueOrDefault("--only");
        var filters = new MapFilters();

        // Cold: a layer built in full, as after a restart or a change to the definitions (a fresh cache each call).
        MapLayerBody body = null!;
        var cold = await TimeAsync(iterations, async () =>
        {
            body = await AnonymousAsync(services =>
                ActivatorUtilities.CreateInstance<MapLayerBodies>(services, new MapLayerCache()).GetAsync(MapLayer.Entities, filters, cancellationToken));
            return body.Compressed("br");
        });
        output.WriteLine($"entities layer, cold build (index read + features + GeoJSON + the Brotli body a browser asks for): {body.Count} features; {cold}");

        // After a change: an editor renames one entity (a new published version), the search index catches up and the jobs
        // the change queued (workflows, recounts) run (so their work is not counted), then the layer is asked for: the cached layer is updated with that item only.
        var entityIds = await AnonymousAsync(async services =>
            (await services.GetRequiredService<MapFeatureQuery>().ListAsync(MapLayer.Entities, filters, cancellationToken)).Select(f => f.Id).Take(iterations + 3).ToArray());
        var renamed = 0;
        var afterChange = await TimeAfterChangeAsync(iterations,
            async () =>
            {
                var id = entityIds[renamed++ % entityIds.Length];
                await site.RunAsSystemAsync(async services =>
                {
                    var contents = services.GetRequiredService<IContentManager>();
                    var draft = (await contents.GetAsync(id, VersionOptions.DraftRequired, cancellationToken))!;
                    var title = draft.As<TitlePart>()?.Title ?? draft.DisplayText;
                    draft.Apply(new TitlePart { Title = title.EndsWith(" (zmiana)", StringComparison.Ordinal) ? title[..^9] : title + " (zmiana)" });
                    await contents.UpdateAsync(draft, cancellationToken);
                    await contents.PublishAsync(draft, cancellationToken);
                });
                await site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
                await site.RunAsSystemAsync(services => services.GetRequiredService<IJobRunner>().RunDueAsync(cancellationToken));
            },
            async () =>
            {
                body = await AnonymousAsync(services => services.GetRequiredService<MapLayerBodies>().GetAsync(MapLayer.Entities, filters, cancellationToken));
                return body.Compressed("br");
            });
        output.WriteLine($"entities layer, built after a change (one entity renamed: outbox read + that item's query + merged GeoJSON + ETag + the Brotli body): {body.Count} features; {afterChange}");
        if (only == "built")
        {
            return 0;
        }

        var served = await TimeAsync(iterations, () => AnonymousAsync(async services =>
            (await services.GetRequiredService<MapLayerBodies>().GetAsync(MapLayer.Entities, filters, cancellationToken)).Compressed("br")));
        output.WriteLine($"entities layer, served while unchanged (version check + cached Brotli body): {served}");

        // Where a build's time goes, stage by stage.
        IReadOnlyList<MapFeature> features = [];
        var read = await TimeAsync(iterations, async () => features = await AnonymousAsync(services =>
            services.GetRequiredService<MapFeatureQuery>().ListAsync(MapLayer.Entities, filters, cancellationToken)));
        output.WriteLine($"  stage: index read + features: {read}");
        byte[] raw = [];
        var written = await TimeAsync(iterations, () => Task.FromResult(raw = GeoJsonWriter.Write(features)));
        output.WriteLine($"  stage: GeoJSON writing: {written}");
        foreach (var encoding in MapLayerBody.Encodings)
        {
            var compressed = await TimeAsync(iterations, () => Task.FromResult(MapLayerBody.Compress(raw, encoding)));
            output.WriteLine($"  stage: {encoding} compression: {compressed}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"size: {body.Body.Length / 1024.0:0.0} KB raw, {body.Compressed("gzip").Length / 1024.0:0.0} KB gzip, {body.Compressed("br").Length / 1024.0:0.0} KB Brotli (as served)"));
        return 0;
    }

    /// <summary>
    /// Like <see cref="TimeAsync{T}"/>, but each call follows <paramref name="change"/>, which is neither timed nor counted:
    /// CPU and allocation are taken around the call alone.
    /// </summary>
    private static async Task<string> TimeAfterChangeAsync<T>(int iterations, Func<Task> change, Func<Task<T>> call)
    {
        for (var i = 0; i < 3; i++)
        {
            await change();
            await call();
        }

        var samples = new double[iterations];
        double cpu = 0;
        long allocated = 0;
        for (var i = 0; i < iterations; i++)
        {
            await change();
            var cost = ProcessCost.Start();
            var clock = Stopwatch.StartNew();
            await call();
            samples[i] = clock.Elapsed.TotalMilliseconds;
            var (callCpu, callAllocated) = cost.PerRequest(1);
            cpu += callCpu;
            allocated += callAllocated;
        }

        Array.Sort(samples);
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {samples[iterations / 2]:0.0} ms, p90 {samples[(int)(iterations * 0.9)]:0.0} ms, max {samples[^1]:0.0} ms over {iterations} calls; CPU {cpu / iterations:0.0} ms and {allocated / iterations / 1024.0:0} KB allocated a call");
    }

    /// <summary>Three warm-up calls, then <paramref name="iterations"/> timed ones: p50, p90 and max in milliseconds.</summary>
    private static async Task<string> TimeAsync<T>(int iterations, Func<Task<T>> call)
    {
        for (var i = 0; i < 3; i++)
        {
            await call();
        }

        var samples = new double[iterations];
        var cost = ProcessCost.Start();
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }

        var (cpu, allocated) = cost.PerRequest(iterations);
        Array.Sort(samples);
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {samples[iterations / 2]:0.0} ms, p90 {samples[(int)(iterations * 0.9)]:0.0} ms, max {samples[^1]:0.0} ms over {iterations} calls; CPU {cpu:0.0} ms and {allocated / 1024.0:0} KB allocated a call");
    }
}
