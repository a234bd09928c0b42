namespace PesTor.Recipes.SampleData;

/// <summary>What one generation run shares between kinds of items: the options, the paths handed out, and the entities made.</summary>
internal sealed class SampleRun(SampleDataOptions options)
{
    public SampleDataOptions Options { get; } = options;

    public SamplePaths Paths { get; } = new();

    public List<SampleEntity> Entities { get; } = new(options.Entities);

    /// <summary>Indexes into <see cref="Entities"/> of those that sell products and services.</summary>
    public List<int> EconomicEntities { get; } = [];

    public Random RandomFor(int stream) => SampleRandom.For(Options.Seed, stream);

    /// <summary>A random entity's id, preferring economic ones with the given probability; null when there are none.</summary>
    public string? PickEntity(Random random, double preferEconomic)
    {
        if (Entities.Count == 0)
        {
            return null;
        }

        return EconomicEntities.Count > 0 && random.Chance(preferEconomic)
            ? Entities[EconomicEntities[random.Next(EconomicEntities.Count)]].Id
            : Entities[random.Next(Entities.Count)].Id;
    }
}

/// <summary>What later kinds of items need to know of a generated entity.</summary>
internal sealed record SampleEntity(string Id, string Title, string Form, bool Culture);
