using PesTor.Bench;
using PesTor.Bench.Commands;
using PesTor.Bench.Scenarios;

// The benchmark's commands. "content-query" measures the one content query of the engine, "setup" times a setup with
// sample data and "search" measures full-text search and the index rebuild (these three take BenchOptions, see its
// Usage); the commands in the table below parse their own arguments.
var standalone = new Dictionary<string, Func<string[], Task<int>>>
{
    ["sample-data"] = a => SampleDataCommand.RunAsync(a, Console.Out, CancellationToken.None),       // fill a site with sample data
    ["search-rebuild"] = a => SearchRebuildCommand.RunAsync(a, Console.Out, CancellationToken.None), // rebuild a site's search indexes
    ["public-pages"] = a => PublicPagesCommand.RunAsync(a, Console.Out, CancellationToken.None),     // load the public pages over loopback
    ["graphql-http"] = a => GraphQlHttpCommand.RunAsync(a, Console.Out, CancellationToken.None),     // load /api/graphql over loopback
    ["map-layer"] = a => MapLayerCommand.RunAsync(a, Console.Out, CancellationToken.None),           // time and size of the entities map layer
};

if (args.Length > 0 && standalone.TryGetValue(args[0], out var command))
{
    return await command(args[1..]);
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
