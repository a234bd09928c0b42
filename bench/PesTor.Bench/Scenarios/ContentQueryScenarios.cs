using PesTor.Bench.Data;
using PesTor.ContentParts;
using PesTor.Queries;

namespace PesTor.Bench.Scenarios;

/// <summary>
/// The measured shapes of the one content query, on the Entity type. The values are fixed so every size and database
/// answers the same question: the legal form the peers' "list" request uses, a city and a name word from the dataset.
/// </summary>
internal static class ContentQueryScenarios
{
    public const string LegalForm = "spoldzielnia_socjalna";

    /// <summary>A name word (ASCII, so SQLite's and PostgreSQL's LIKE agree) in about 1% of the names.</summary>
    public const string ContainsWord = "Sosna";

    public const string City = "Toruń";

    public const int PageSize = 20;

    public const int DeepSkip = 1000;

    public static ContentFilter ByLegalForm { get; } =
        ContentFilter.ByField(BenchModel.EntityType, EntityFields.LegalForm, FilterOperator.Eq, LegalForm);

    public static ContentFilter ByCity { get; } =
        ContentFilter.ByField(PartNames.Address, nameof(AddressPart.City), FilterOperator.Eq, City);

    public static ContentFilter ByNameWord { get; } =
        ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, ContainsWord);

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("filter-taxonomy-order-title", List(ByLegalForm), IsCount: false),
        new("count-taxonomy", List(ByLegalForm), IsCount: true),
        new("contains-title", List(ByNameWord), IsCount: false),
        new("filter-text-field", List(ByCity), IsCount: false),
        new("page-deep", List(ByLegalForm) with { Skip = DeepSkip }, IsCount: false),
    ];

    private static ContentQuery List(ContentFilter where) => new()
    {
        ContentTypes = [BenchModel.EntityType],
        Where = where,
        OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
        Take = PageSize,
    };
}
