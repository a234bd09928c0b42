using System.Globalization;

namespace PesTor.Bench;

/// <summary>
/// The command line: <c>content-query [--provider sqlite|postgres|both] [--sizes 10000,100000] [--iterations N]
/// [--warmup N] [--budget-seconds S] [--explain] [--dataset path]</c>.
/// </summary>
internal sealed record BenchOptions
{
    /// <summary>The shared dataset: <c>shared/bench/</c> beside the repository (found by walking up to PesTor.sln).</summary>
    public static string DefaultDataset => Path.Combine(RepositoryRoot(), "..", "shared", "bench", "dataset-entities-10k.json");

    public IReadOnlyList<string> Providers { get; init; } = ["sqlite"];

    public IReadOnlyList<int> Sizes { get; init; } = [10_000];

    /// <summary>Measured calls per scenario (fewer only when a scenario would overrun <see cref="BudgetSeconds"/>, never under <see cref="MinIterations"/>).</summary>
    public int Iterations { get; init; } = 2_000;

    public int Warmup { get; init; } = 200;

    /// <summary>Soft limit on the measured time of one scenario; slow scenarios run fewer iterations (at least <see cref="MinIterations"/>).</summary>
    public double BudgetSeconds { get; init; } = 10;

    public int MinIterations { get; init; } = 500;

    /// <summary>Print each scenario's SQL and the database's plan for it before measuring.</summary>
    public bool Explain { get; init; }

    /// <summary>Only the scenarios whose name contains this (search; for profiling one of them with dotnet-trace).</summary>
    public string? Only { get; init; }

    /// <summary>search: a SQLite site kept in this folder, seeded on the first run and reopened by the next (saves the minutes of seeding).</summary>
    public string? Keep { get; init; }

    /// <summary>search with <see cref="Keep"/>: rebuild (and time) the indexes even when the kept ones are current.</summary>
    public bool Rebuild { get; init; }

    public string Dataset { get; init; } = Environment.GetEnvironmentVariable("PESTOR_BENCH_DATASET") is { Length: > 0 } path ? path : DefaultDataset;

    public static string Usage =>
        """
        Usage: dotnet run -c Release --project bench/PesTor.Bench -- content-query [options]
               dotnet run -c Release --project bench/PesTor.Bench -- setup [--provider sqlite|postgres|both]
               dotnet run -c Release --project bench/PesTor.Bench -- search [--provider ...] [--sizes 10000,100000]
          --provider sqlite|postgres|both   databases to measure (default sqlite)
          --sizes 10000,100000              item counts (default 10000)
          --iterations N                    measured calls per scenario (default 2000, at least 500)
          --warmup N                        warm-up calls per scenario (default 200)
          --budget-seconds S                soft time limit per scenario (default 10)
          --explain                         print each scenario's SQL and query plan
          --only NAME                       search: only the scenarios whose name contains NAME
          --keep DIR                        search (SQLite): keep the seeded site in DIR; the next run reopens it, tops it up to
                                            the sizes asked and rebuilds the indexes only when they are outdated (or with --rebuild)
          --rebuild                         search with --keep: rebuild and time the indexes even when they are current
          --dataset PATH                    the shared dataset (default $PESTOR_BENCH_DATASET or ../shared/bench/dataset-entities-10k.json beside the repository)
        PostgreSQL: an admin connection string in PESTOR_BENCH_POSTGRES (or PESTOR_TEST_POSTGRES); a throwaway database is created and dropped.
        """;

    /// <summary>Parses the arguments after the command name; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--explain")
            {
                options = options with { Explain = true };
                continue;
            }

            if (name == "--rebuild")
            {
                options = options with { Rebuild = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--provider" => options with { Providers = ParseProviders(value) },
                "--sizes" => options with { Sizes = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => PositiveInt(name, s))] },
                "--iterations" => options with { Iterations = PositiveInt(name, value) },
                "--warmup" => options with { Warmup = PositiveInt(name, value) },
                "--budget-seconds" => options with { BudgetSeconds = PositiveInt(name, value) },
                "--dataset" => options with { Dataset = value },
                "--only" => options with { Only = value },
                "--keep" => options with { Keep = value },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        if (options.Sizes.Count == 0)
        {
            throw new ArgumentException("--sizes needs at least one size.");
        }

        return options with { MinIterations = Math.Min(options.MinIterations, options.Iterations) };
    }

    private static string[] ParseProviders(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => ["sqlite"],
        "postgres" or "postgresql" => ["postgres"],
        "both" => ["sqlite", "postgres"],
        _ => throw new ArgumentException($"--provider must be sqlite, postgres or both, not '{value}'."),
    };

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PesTor.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
