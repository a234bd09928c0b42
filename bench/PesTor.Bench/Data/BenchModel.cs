using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;

namespace PesTor.Bench.Data;

/// <summary>The content model the benchmark measures: the Entity type of the program and its LegalForms taxonomy.</summary>
internal static class BenchModel
{
    public const string EntityType = "Entity";
    public const string TaxonomyType = "Taxonomy";
    public const string LegalFormsId = "legal-forms";
    public const string PathPattern = "podmioty/{slug}";

    /// <summary>The legal forms of the dataset; their ids are the dataset's <c>legalForm</c> values.</summary>
    public static readonly IReadOnlyList<TaxonomyTerm> LegalForms =
    [
        Term("spoldzielnia_socjalna", "Spółdzielnia socjalna"),
        Term("fundacja", "Fundacja"),
        Term("stowarzyszenie", "Stowarzyszenie"),
        Term("spoldzielnia_pracy", "Spółdzielnia pracy"),
        Term("cis", "Centrum Integracji Społecznej"),
        Term("kis", "Klub Integracji Społecznej"),
        Term("zaz", "Zakład Aktywności Zawodowej"),
        Term("wtz", "Warsztat Terapii Zajęciowej"),
    ];

    /// <summary>Stores the definitions and creates the taxonomy through the content manager (caller must be the system).</summary>
    public static async Task SetUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IContentDefinitionManager>().StoreAsync(Types(), Parts(), cancellationToken);

        var contents = services.GetRequiredService<IContentManager>();
        var taxonomy = await contents.NewAsync(TaxonomyType, cancellationToken);
        taxonomy.ContentItemId = LegalFormsId;
        taxonomy.Apply(new TitlePart { Title = "Formy prawne" });
        taxonomy.Apply(new TaxonomyPart { Terms = [.. LegalForms] });
        await contents.CreateAsync(taxonomy, publish: true, cancellationToken);
    }

    private static IEnumerable<ContentTypeDefinition> Types() =>
    [
        Type(TaxonomyType, [Part(PartNames.Title), Part(PartNames.Taxonomy)], stereotype: "Taxonomy"),
        Type(EntityType,
        [
            Part(PartNames.Title),
            Part(PartNames.Autoroute, new JsonObject { [nameof(AutoroutePartSettings.Pattern)] = PathPattern }),
            Part(PartNames.HtmlBody),
            Part(PartNames.Address),
            Part(EntityType),
        ]),
    ];

    private static IEnumerable<ContentPartDefinition> Parts() =>
    [
        new ContentPartDefinition
        {
            Name = EntityType,
            Fields =
            [
                Field(EntityFields.LegalForm, FieldKinds.Taxonomy, new JsonObject
                {
                    [nameof(TaxonomyFieldSettings.Required)] = true,
                    [nameof(TaxonomyFieldSettings.TaxonomyContentItemId)] = LegalFormsId,
                }),
                Field(EntityFields.Location, FieldKinds.GeoPoint),
            ],
        },
    ];

    private static TaxonomyTerm Term(string id, string name) => new() { Id = id, Name = name, Slug = id.Replace('_', '-') };

    private static ContentTypeDefinition Type(string name, List<ContentTypePartDefinition> parts, string? stereotype = null) =>
        new() { Name = name, DisplayName = name, Parts = parts, Settings = new ContentTypeSettings { Stereotype = stereotype } };

    private static ContentTypePartDefinition Part(string name, JsonObject? settings = null) =>
        new() { Name = name, PartName = name, Settings = settings ?? [] };

    private static ContentPartFieldDefinition Field(string name, string kind, JsonObject settings) =>
        new() { Name = name, FieldKind = kind, Settings = settings };

    private static ContentPartFieldDefinition Field(string name, string kind) => Field(name, kind, []);
}

/// <summary>The fields of the Entity part.</summary>
internal static class EntityFields
{
    public const string LegalForm = "LegalForm";
    public const string Location = "Location";
}
