using PesTor.Bench;
using PesTor.Bench.Commands;
using PesTor.Bench.Scenarios;

// The benchmark's commands: "content-query" measures the one content query of the engine, "setup" times a setup with
// sample data (see BenchOptions.Usage), "sample-data" fills a set-up site with sample data of any size, "map-layer" times
// the entities map layer (GeoJSON) at a given size.
if (args.Length > 0 && args[0] == "sample-data")
{
    return await SampleDataCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "map-layer")
{
    return await MapLayerCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

if (args.Length == 0 || args[0] is "-h" or "--help" || args[0] is not ("content-query" or "setup"))
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

return args[0] == "setup"
    ? await new SetupBenchmark(options.Providers, Console.Out).RunAsync(cancellation.Token)
    : await new ContentQueryBenchmark(options, Console.Out).RunAsync(cancellation.Token);
