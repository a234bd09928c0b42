using PesTor.Bench;
using PesTor.Bench.Commands;
using PesTor.Bench.Scenarios;

// The benchmark's commands: "content-query" measures the one content query of the engine, "setup" times a setup with
// sample data (see BenchOptions.Usage), "search" measures full-text search and the index rebuild, "sample-data" fills a
// set-up site with sample data of any size, "search-rebuild" rebuilds a site's search indexes.
// "public-pages" loads the public pages over loopback, "graphql-http" measures /api/graphql over loopback.
if (args.Length > 0 && args[0] == "public-pages")
{
    return await PublicPagesCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "sample-data")
{
    return await SampleDataCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "search-rebuild")
{
    return await SearchRebuildCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "graphql-http")
{
    return await GraphQlHttpCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

if (args.Length == 0 || args[0] is "-h" or "--help" || args[0] is not ("content-query" or "setup" or "search"))
{
    Console.Error.WriteLine(args.Length == 0 || args[0] is "-h" or "--help" ? BenchOptions.Usage : $"Unknown command '{args[0]}'.\n{BenchOptions.Usage}");
    return args.Length == 0 || args[0] is not ("-h" or "--help") ? 2 : 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args[1..]);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return args[0] switch
{
    "setup" => await new SetupBenchmark(options.Providers, Console.Out).RunAsync(cancellation.Token),
    "search" => await new SearchBenchmark(options, Console.Out).RunAsync(cancellation.Token),
    _ => await new ContentQueryBenchmark(options, Console.Out).RunAsync(cancellation.Token),
};
