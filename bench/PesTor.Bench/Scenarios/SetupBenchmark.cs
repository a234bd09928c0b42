using System.Diagnostics;
using PesTor.Bench.Hosting;

namespace PesTor.Bench.Scenarios;

/// <summary>
/// Times a whole setup from the setup recipe with sample data (migrations, pestor-torun, 458 sample items validated by
/// the real field kinds, 129 accounts), from host start to a site that serves — what a newcomer waits for.
/// </summary>
internal sealed class SetupBenchmark(IReadOnlyList<string> providers, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine("PES-TOR setup benchmark: auto-setup with recipe pestor-torun and sample data, 2 cores");
        output.WriteLine("| database | setup seconds |");
        output.WriteLine("|---|---:|");
        foreach (var provider in providers)
        {
            var admin = BenchDatabase.PostgresAdminConnectionString();
            if (provider == "postgres" && admin is null)
            {
                output.WriteLine("| postgres | skipped: set PESTOR_BENCH_POSTGRES |");
                continue;
            }

            // The site owns the database and drops it when it is disposed.
            var database = provider == "postgres"
                ? await BenchDatabase.CreatePostgresAsync(admin!, cancellationToken)
                : BenchDatabase.CreateSqlite();
            var clock = Stopwatch.StartNew();
            await using (await BenchSite.StartAsync(database, cancellationToken, recipeName: "pestor-torun", sampleData: true))
            {
                output.WriteLine($"| {provider} | {clock.Elapsed.TotalSeconds:0.0} |");
            }
        }

        return 0;
    }
}
