using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Recipes;

/// <summary>
/// The setup recipe's model is one the engine accepts: its definitions store, its taxonomies save, and an entity made
/// against them validates and publishes. Reads <c>recipes/pestor-torun.recipe.json</c> from the repository.
/// </summary>
public sealed class TorunRecipeModelTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string RecipePath = "recipes/pestor-torun.recipe.json";

    private static readonly string[] AllTypes =
    [
        "Entity", "Offer", "Need", "Equipment", "Premises", "SupportPoint", "Program", "Indicator", "Training", "StudyVisit",
        "Meeting", "Event", "SocialClause", "Award", "CultureEvaluationCard", "NeedResponse", "LoanRequest", "Article", "Page",
        "Taxonomy", "MapWidget",
    ];

    private static readonly string[] BenchmarkLegalForms =
        ["spoldzielnia_socjalna", "fundacja", "stowarzyszenie", "spoldzielnia_pracy", "cis", "kis", "zaz", "wtz"];

    private static readonly Dictionary<string, Type> SettingsByKind = new(StringComparer.Ordinal)
    {
        [FieldKinds.Text] = typeof(TextFieldSettings),
        [FieldKinds.Html] = typeof(HtmlFieldSettings),
        [FieldKinds.Numeric] = typeof(NumericFieldSettings),
        [FieldKinds.Boolean] = typeof(BooleanFieldSettings),
        [FieldKinds.Date] = typeof(DateFieldSettings),
        [FieldKinds.DateTime] = typeof(DateFieldSettings),
        [FieldKinds.ContentPicker] = typeof(ContentPickerFieldSettings),
        [FieldKinds.Taxonomy] = typeof(TaxonomyFieldSettings),
        [FieldKinds.Link] = typeof(LinkFieldSettings),
        [FieldKinds.Media] = typeof(MediaFieldSettings),
        [FieldKinds.GeoPoint] = typeof(GeoPointFieldSettings),
    };

    /// <summary>The content options, but refusing properties the settings classes do not have (a misspelt setting would be ignored silently).</summary>
    private static readonly JsonSerializerOptions StrictOptions = new(ContentJson.Options)
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [Fact]
    public async Task The_recipe_model_is_accepted_and_an_entity_validates_against_it()
    {
        var recipe = LoadRecipe();
        var definition = Step(recipe, "ContentDefinition");
        var types = definition["ContentTypes"].Deserialize<List<ContentTypeDefinition>>(ContentJson.Options)!;
        var parts = definition["ContentParts"].Deserialize<List<ContentPartDefinition>>(ContentJson.Options)!;
        var taxonomies = Step(recipe, "Content")["Data"]!.AsArray().Select(n => n!.AsObject()).ToList();

        await site.RunAsSystemAsync(async services =>
        {
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            await definitions.StoreAsync(types, parts);

            var contents = services.GetRequiredService<IContentManager>();
            foreach (var data in taxonomies)
            {
                var item = await contents.NewAsync(data["ContentType"]!.GetValue<string>());
                item.ContentItemId = data["ContentItemId"]!.GetValue<string>();
                foreach (var (name, node) in data)
                {
                    if (name is not ("ContentItemId" or "ContentType"))
                    {
                        item.Content[name] = node!.DeepClone();
                    }
                }

                await contents.CreateAsync(item, publish: true);
            }
        });

        await site.RunAsSystemAsync(async services =>
        {
            var document = await services.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync();
            foreach (var type in AllTypes)
            {
                Assert.True(document.FindType(type) is not null, $"Type '{type}' is not defined.");
            }

            var contents = services.GetRequiredService<IContentManager>();
            var districts = (await contents.GetAsync("districts"))!.As<TaxonomyPart>()!;
            Assert.Equal(24, districts.Terms.Count);
            Assert.Contains(districts.Terms, t => t is { Id: "bydgoskie-przedmiescie", Name: "Bydgoskie Przedmieście" });

            var legalForms = (await contents.GetAsync("legal-forms"))!.As<TaxonomyPart>()!.Terms.Select(t => t.Id).ToHashSet();
            Assert.Superset(BenchmarkLegalForms.ToHashSet(), legalForms);
            Assert.NotNull(await contents.GetAsync("activity-areas"));
            Assert.NotNull(await contents.GetAsync("categories"));

            var entity = await contents.NewAsync("Entity");
            entity.Apply(new TitlePart { Title = "Fundacja Przykładowa" });
            entity.Apply(new AddressPart
            {
                Street = "ul. Stokrotkowa 22",
                PostalCode = "87-100",
                City = "Toruń",
                District = new TaxonomyField { TermContentItemIds = ["bydgoskie-przedmiescie"] },
            });
            entity.ApplyField("Entity", "LegalForm", new TaxonomyField { TermContentItemIds = ["fundacja"] });
            entity.ApplyField("Entity", "Nip", new TextField { Text = "526-025-02-74" });
            entity.ApplyField("Entity", "ActivityAreas", new TaxonomyField { TermContentItemIds = ["pomoc-spoleczna", "kultura"] });

            var validation = await contents.ValidateAsync(entity);
            Assert.True(validation.Succeeded, string.Join("; ", validation.Errors.Select(e => $"{e.Path}: {e.Message}")));
            await contents.CreateAsync(entity, publish: true);

            var published = (await contents.GetAsync(entity.ContentItemId))!;
            Assert.Equal("podmioty/fundacja-przykladowa", published.As<AutoroutePart>()!.Path);
            Assert.Equal("5260250274", published.GetField<TextField>("Entity", "Nip")!.Text);
            Assert.Equal("legal-forms", published.GetField<TaxonomyField>("Entity", "LegalForm")!.TaxonomyContentItemId);
            Assert.Equal("districts", published.As<AddressPart>()!.District!.TaxonomyContentItemId);

            var invalid = await contents.NewAsync("Entity");
            invalid.Apply(new TitlePart { Title = "Fundacja Bez Formy" });
            invalid.ApplyField("Entity", "Nip", new TextField { Text = "5260250275" });
            var errors = (await contents.ValidateAsync(invalid)).Errors.Select(e => e.Path).ToList();
            Assert.Contains(errors, p => p.Contains("LegalForm", StringComparison.Ordinal));
            Assert.Contains(errors, p => p.Contains("Nip", StringComparison.Ordinal));
        });

        site.AssertNoLoggedIssues();
    }

    [Fact]
    public void Every_field_setting_is_one_its_field_kind_knows()
    {
        var definition = Step(LoadRecipe(), "ContentDefinition");
        var parts = definition["ContentParts"].Deserialize<List<ContentPartDefinition>>(ContentJson.Options)!;
        foreach (var part in parts)
        {
            foreach (var field in part.Fields)
            {
                Assert.False(string.IsNullOrWhiteSpace(field.DisplayName), $"{part.Name}.{field.Name} has no display name.");
                Assert.True(SettingsByKind.TryGetValue(field.FieldKind, out var settingsType), $"{part.Name}.{field.Name}: unknown kind {field.FieldKind}.");
                try
                {
                    _ = field.Settings.Deserialize(settingsType, StrictOptions);
                }
                catch (JsonException e)
                {
                    Assert.Fail($"{part.Name}.{field.Name}: {e.Message}");
                }
            }
        }
    }

    [Fact]
    public void Role_permissions_name_defined_types_and_keep_private_types_private()
    {
        var recipe = LoadRecipe();
        var typeNames = Step(recipe, "ContentDefinition")["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()).ToHashSet();
        var roles = Step(recipe, "Roles")["Roles"]!.AsArray().ToDictionary(
            r => r!["Name"]!.GetValue<string>(),
            r => r!["Permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList());

        Assert.Equal(["Administrator", "CityEditor", "PesRepresentative", "Resident", "Anonymous", "Authenticated"], roles.Keys);
        foreach (var permission in roles.Values.SelectMany(p => p).Where(p => p.Contains('_', StringComparison.Ordinal)))
        {
            Assert.Contains(permission[(permission.IndexOf('_', StringComparison.Ordinal) + 1)..], typeNames);
        }

        Assert.DoesNotContain("View_NeedResponse", roles["Anonymous"]);
        Assert.DoesNotContain("View_LoanRequest", roles["Anonymous"]);
        Assert.Equal(typeNames.Count - 2, roles["Anonymous"].Count(p => p.StartsWith("View_", StringComparison.Ordinal)));
        Assert.DoesNotContain("PublishOwn_Need", roles["Resident"]);
        Assert.Empty(roles["Authenticated"]);
    }

    private static JsonObject LoadRecipe() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), RecipePath)))!.AsObject();

    private static JsonObject Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PesTor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("PesTor.sln was not found above " + AppContext.BaseDirectory);
    }
}
