using PesTor.ContentManagement;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// Makes the sample content of SPEC §4, deterministic for a seed: entities first, then the items that point at them
/// (offers, equipment, premises' tenants, culture cards), needs and support points. Items come lazily, in dependency order,
/// grouped by type, so even a million entities can be stored batch by batch. Every item is marked as sample data (see
/// <see cref="SampleMarker"/>).
/// </summary>
public sealed class SampleDataGenerator
{
    /// <summary>The content types in the order <see cref="Generate"/> yields them.</summary>
    public static readonly IReadOnlyList<string> TypeOrder =
    [
        EntityGenerator.Type, OfferGenerator.Type, EquipmentGenerator.Type, NeedGenerator.Type, PremisesGenerator.Type,
        SupportPointGenerator.Type, CultureCardGenerator.Type,
    ];

    /// <summary>The id the first generated entity gets (whether sample data is already stored is checked by it).</summary>
    public static string FirstEntityId => SampleItems.Id("entity", 1);

    public IEnumerable<ContentItem> Generate(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems().FirstOrDefault() is { Property: not null } problem)
        {
            throw new ArgumentException(problem.Message, nameof(options));
        }

        return GenerateIterator(options);
    }

    private static IEnumerable<ContentItem> GenerateIterator(SampleDataOptions options)
    {
        var run = new SampleRun(options);
        var groups = new Func<SampleRun, IEnumerable<ContentItem>>[]
        {
            EntityGenerator.Generate, OfferGenerator.Generate, EquipmentGenerator.Generate, NeedGenerator.Generate,
            PremisesGenerator.Generate, SupportPointGenerator.Generate, CultureCardGenerator.Generate,
        };
        foreach (var group in groups)
        {
            foreach (var item in group(run))
            {
                yield return item;
            }
        }
    }
}
