using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Hosting;
using PesTor.Search.Services;

namespace PesTor.Bench.Commands;

/// <summary>
/// Empties this node's search indexes and fills them from the database (the same rebuild as the admin's button), for a
/// site's app data folder; run it with the site stopped, since the indexes belong to one process at a time.
/// </summary>
internal static class SearchRebuildCommand
{
    public const string Usage = "Usage: dotnet run -c Release --project bench/PesTor.Bench -- search-rebuild --app-data PATH";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count != 2 || args[0] != "--app-data")
        {
            output.WriteLine(Usage);
            return 2;
        }

        if (!File.Exists(Path.Combine(args[1], "site.json")))
        {
            output.WriteLine($"'{args[1]}' holds no site.json: set the site up first.");
            return 2;
        }

        await using var app = await BenchSite.OpenAsync(args[1], cancellationToken);
        var clock = Stopwatch.StartNew();
        var documents = await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync(cancellationToken);
        output.WriteLine($"rebuilt the search indexes: {documents} documents in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
