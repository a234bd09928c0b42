using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Hosting;
using PesTor.Maps.Models;
using PesTor.Maps.Services;
using PesTor.Recipes;

namespace PesTor.Bench.Commands;

/// <summary>
/// Times the entities map layer on a Toruń site filled with N sample entities, as an anonymous visitor: built (what
/// <c>/api/geo/entities</c> computes when the content changed: the index columns of located, published entities in keyset
/// pages, the features, the GeoJSON bytes) and served (what it costs while nothing changed: the version check and the
/// cached compressed body), and prints its size raw, gzip- and Brotli-compressed (the endpoint compresses at the fastest level).
/// </summary>
internal static class MapLayerCommand
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project bench/PesTor.Bench -- map-layer [--provider sqlite|postgres] [--entities 10000] [--iterations 30]
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
            database = BenchDatabase.CreateSqlite();
        }

        await using var site = await BenchSite.StartAsync(database, cancellationToken, recipeName: "pestor-torun");
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

        // As an anonymous visitor (a scope without the system flag), as /api/geo/entities is called.
        async Task<T> AnonymousAsync<T>(Func<IServiceProvider, Task<T>> action)
        {
            await using var scope = site.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }

        byte[] body = [];
        var features = 0;
        var built = await TimeAsync(iterations, async () => body = await AnonymousAsync(async services =>
        {
            var list = await services.GetRequiredService<MapFeatureQuery>().ListAsync(MapLayer.Entities, new MapFilters(), cancellationToken);
            features = list.Count;
            return GeoJsonWriter.Write(list);
        }));
        var served = await TimeAsync(iterations, () => AnonymousAsync(async services =>
            (await services.GetRequiredService<MapLayerBodies>().GetAsync(MapLayer.Entities, new MapFilters(), cancellationToken)).Compressed("br")));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entities layer, built (index read + GeoJSON): {features} features; {built}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entities layer, served (unchanged content: version check + cached Brotli body): {served}"));
        var gzip = Compressed(body, s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));
        var brotli = Compressed(body, s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"size: {body.Length / 1024.0:0.0} KB raw, {gzip / 1024.0:0.0} KB gzip, {brotli / 1024.0:0.0} KB Brotli"));
        return 0;
    }

    /// <summary>Three warm-up calls, then <paramref name="iterations"/> timed ones: p50, p90 and max in milliseconds.</summary>
    private static async Task<string> TimeAsync<T>(int iterations, Func<Task<T>> call)
    {
        for (var i = 0; i < 3; i++)
        {
            await call();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(samples);
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {samples[iterations / 2]:0.0} ms, p90 {samples[(int)(iterations * 0.9)]:0.0} ms, max {samples[^1]:0.0} ms over {iterations} calls");
    }

    private static int Compressed(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return (int)output.Length;
    }
}
