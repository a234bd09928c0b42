using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Hosting;
using PesTor.Recipes;
using PesTor.Security;

namespace PesTor.Bench.Commands;

/// <summary>
/// Fills a set-up site with sample data of any size (<c>--entities 100000</c>): the same generator and recipe step as setup,
/// other types scaled with the original platform's ratios (43 equipment, 42 offers, ... per 207 entities), no accounts.
/// Use it on a site set up without sample data (the step skips a site that already has the first sample entity).
/// </summary>
internal static class SampleDataCommand
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project bench/PesTor.Bench -- sample-data --app-data PATH --entities N [--seed S] [--validate]
          --app-data PATH   the App_Data folder of a site that is set up (it holds site.json)
          --entities N      entities to generate; equipment, offers, needs, premises, support points and cards scale with them
          --seed S          the generator's seed (default 2013)
          --validate        run every item through the field kinds' validation (slower)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var values = Options(args);
        if (!values.TryGetValue("--app-data", out var appData) || !values.TryGetValue("--entities", out var entitiesText)
            || !int.TryParse(entitiesText, CultureInfo.InvariantCulture, out var entities) || entities <= 0)
        {
            output.WriteLine(Usage);
            return 2;
        }

        if (!File.Exists(Path.Combine(appData, "site.json")))
        {
            output.WriteLine($"'{appData}' holds no site.json: set the site up first (dotnet run --project src/PesTor.Web, or auto-setup).");
            return 2;
        }

        var step = Step(
            entities,
            int.Parse(values.GetValueOrDefault("--seed", "2013"), CultureInfo.InvariantCulture),
            values.ContainsKey("--validate"));

        await using var app = await BenchSite.OpenAsync(appData, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var recipe = scope.ServiceProvider.GetRequiredService<IRecipeHarvester>()
            .Parse(new JsonObject { ["name"] = "sample-data-command", ["steps"] = new JsonArray(step) }.ToJsonString(), "command line");
        var clock = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken: cancellationToken);
        output.WriteLine($"generated {entities} entities and the scaled other types in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    /// <summary>The SampleData recipe step for N entities, the other types scaled with the original platform's ratios.</summary>
    public static JsonObject Step(int entities, int seed, bool validate) => new()
    {
        ["name"] = "SampleData",
        ["Seed"] = seed,
        ["Entities"] = entities,
        ["Equipment"] = Scale(entities, 43),
        ["Offers"] = Scale(entities, 42),
        ["Needs"] = Scale(entities, 36),
        ["Premises"] = Scale(entities, 85),
        ["SupportPoints"] = Scale(entities, 25),
        ["CultureCards"] = Scale(entities, 20),
        ["Accounts"] = false,
        ["Validate"] = validate,
    };

    private static int Scale(int entities, int perOriginal) => (int)Math.Round(entities * perOriginal / 207.0);

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[args[i]] = hasValue ? args[++i] : "true";
        }

        return values;
    }
}
