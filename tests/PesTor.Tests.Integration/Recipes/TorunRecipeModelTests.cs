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
/// against them validates and publishes; the program facts of SPEC §3 (the second Content step) store exactly as given.
/// Reads <c>recipes/pestor-torun.recipe.json</c> from the repository.
/// </summary>
public sealed class TorunRecipeModelTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string RecipePath = "recipes/pestor-torun.recipe.json";

    /// <summary>The recipe's Content steps: the first holds the taxonomies, the second the program facts.</summary>
    private const int TaxonomiesStep = 0;

    private const int FactsStep = 1;

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
        await StoreModelAsync(LoadRecipe());

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

    [Fact]
    public async Task The_program_facts_are_seeded_exactly()
    {
        var recipe = LoadRecipe();
        var facts = Items(recipe, FactsStep);
        await StoreModelAsync(recipe);

        await site.RunAsSystemAsync(async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            foreach (var data in facts)
            {
                await contents.CreateAsync(await NewItemAsync(contents, data), publish: true);
            }
        });

        await site.RunAsSystemAsync(async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var items = new List<ContentItem>();
            foreach (var data in facts)
            {
                var id = data["ContentItemId"]!.GetValue<string>();
                var stored = await contents.GetAsync(id);
                Assert.True(stored is not null, $"Item '{id}' is not published.");
                Assert.Equal(data["ContentType"]!.GetValue<string>(), stored.ContentType);
                AssertStoredAsGiven(data, stored);
                items.Add(stored);
            }

            var byType = items.ToLookup(i => i.ContentType, StringComparer.Ordinal);

            var program = Assert.Single(byType["Program"]);
            Assert.Equal("program-2013-2014", program.ContentItemId);
            Assert.Equal("Program współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013–2014", program.DisplayText);
            Assert.Equal(
                "Prężne podmioty ekonomii społecznej w Toruniu działające na rzecz rozwoju miasta i zaspokojenia potrzeb jego mieszkańców.",
                program.GetField<TextField>("Program", "Vision")!.Text);
            Assert.Equal(
                "Rozwój ekonomii społecznej w Toruniu poprzez współpracę Gminy Miasta Toruń z podmiotami ekonomii społecznej.",
                program.GetField<TextField>("Program", "MainGoal")!.Text);
            Assert.Equal(new DateOnly(2013, 1, 1), program.GetField<DateField>("Program", "PeriodFrom")!.Value);
            Assert.Equal(new DateOnly(2014, 12, 31), program.GetField<DateField>("Program", "PeriodTo")!.Value);
            Assert.Null(program.GetField<TextField>("Program", "Resolution")?.Text);

            var clauses = byType["SocialClause"].OrderBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
            Assert.Equal(
                ["open-tender", "open-tender", "open-tender", "open-tender", "request-for-quotation", "request-for-quotation", "request-for-quotation"],
                clauses.Select(c => c.GetField<TextField>("SocialClause", "ProcurementMode")!.Text));
            Assert.Equal<decimal?>([1m, 1m, 10m, 5m, 1m, 1m, 1m], clauses.Select(c => c.GetField<NumericField>("SocialClause", "RequiredPersons")!.Value));
            Assert.All(clauses, c =>
            {
                Assert.Equal("pzp2004-art29-ust4", c.GetField<TextField>("SocialClause", "LegalBasis")!.Text);
                Assert.Equal("employment", c.GetField<TextField>("SocialClause", "ClauseType")!.Text);
                Assert.Equal("osoby bezrobotne", c.GetField<TextField>("SocialClause", "TargetGroup")!.Text);
            });

            var trainings = byType["Training"]
                .Select(t => (t.DisplayText, Scope: t.GetField<TextField>("Training", "Scope")!.Text, t.As<EventPart>()!.StartDate, t.As<EventPart>()!.EndDate))
                .OrderBy(t => t.StartDate)
                .ToList();
            Assert.Equal(
            [
                ("Szkolenie dla pracowników Urzędu Miasta Torunia", "platform", Utc(2013, 1, 23), Utc(2013, 1, 24)),
                ("Szkolenie dla przedstawicieli podmiotów ekonomii społecznej", "platform", Utc(2013, 1, 25), Utc(2013, 1, 26)),
                ("Mechanizmy współpracy podmiotów ekonomii społecznej z administracją publiczną oraz zakładanie i funkcjonowanie spółdzielni socjalnych",
                    "qualification", Utc(2013, 6, 26), Utc(2013, 6, 26)),
                ("Finanse i PR w podmiotach ekonomii społecznej", "qualification", Utc(2013, 9, 24), Utc(2013, 9, 24)),
            ],
            trainings);
            Assert.Equal(11, (await contents.GetAsync("training-2013-01-23-city"))!.As<EventPart>()!.ParticipantsCity);
            Assert.Equal(21, (await contents.GetAsync("training-2013-01-25-pes"))!.As<EventPart>()!.ParticipantsPes);

            var visits = byType["StudyVisit"]
                .Select(v => (v.As<EventPart>()!.StartDate, HostName: v.GetField<TextField>("StudyVisit", "HostName")!.Text))
                .OrderBy(v => v.StartDate)
                .ToList();
            Assert.Equal(
            [
                (Utc(2013, 3, 12), "Fundacja ALMA, Stowarzyszenie Św. Łukasza"),
                (Utc(2013, 5, 16), "Stowarzyszenie JESTEM"),
                (Utc(2013, 6, 20), "AIESEC Toruń"),
                (Utc(2013, 9, 26), "Towarzystwo Powrót z U"),
            ],
            visits);

            var award = Assert.Single(byType["Award"]);
            Assert.Equal(new DateOnly(2013, 6, 19), award.GetField<DateField>("Award", "AwardedOn")!.Value);
            Assert.Equal("Dwór Artusa", award.GetField<TextField>("Award", "Place")!.Text);
            Assert.Equal("Zenon Nienartowicz", award.GetField<TextField>("Award", "Laureate")!.Text);
            Assert.Equal(2012m, award.GetField<NumericField>("Award", "Year")!.Value);
            Assert.Equal("distinction", award.GetField<TextField>("Award", "Distinction")!.Text);
            Assert.Equal("Przedsiębiorczość i ekonomia społeczna", award.GetField<TextField>("Award", "Category")!.Text);
            Assert.Contains("Stowarzyszenia Pomocy Dzieciom Niepełnosprawnym i Osobom Potrzebującym Wsparcia JESTEM", award.DisplayText, StringComparison.Ordinal);

            var indicators = byType["Indicator"].ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            var expected = new Dictionary<string, (decimal Target, decimal Current, string Rule, string? CountedType)>
            {
                ["indicator-social-clauses"] = (10, 7, "count", "SocialClause"),
                ["indicator-qualification-trainings"] = (3, 2, "count", "Training"),
                ["indicator-study-visits"] = (1, 4, "count", "StudyVisit"),
                ["indicator-monitoring-meetings"] = (4, 2, "manual", null),
                ["indicator-culture-evaluation-cards"] = (20, 20, "manual", null),
                ["indicator-social-services-students"] = (15, 24, "manual", null),
                ["indicator-president-award"] = (1, 1, "count", "Award"),
            };
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), indicators.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, want) in expected)
            {
                var indicator = indicators[id];
                Assert.Equal(["program-2013-2014"], indicator.GetField<ContentPickerField>("Indicator", "Program")!.ContentItemIds);
                Assert.Equal(want.Target, indicator.GetField<NumericField>("Indicator", "Target")!.Value);
                Assert.Equal(want.Current, indicator.GetField<NumericField>("Indicator", "Current")!.Value);
                Assert.Null(indicator.GetField<NumericField>("Indicator", "Baseline")?.Value);
                Assert.Equal(want.Current >= want.Target, indicator.GetField<BooleanField>("Indicator", "Achieved")!.Value);
                Assert.Equal(want.Rule, indicator.GetField<TextField>("Indicator", "Rule")!.Text);
                Assert.Equal(want.CountedType, indicator.GetField<TextField>("Indicator", "CountedType")?.Text);
                Assert.Equal(new DateOnly(2013, 1, 1), indicator.GetField<DateField>("Indicator", "PeriodFrom")!.Value);
                Assert.Equal(new DateOnly(2014, 12, 31), indicator.GetField<DateField>("Indicator", "PeriodTo")!.Value);
                Assert.False(string.IsNullOrWhiteSpace(indicator.GetField<TextField>("Indicator", "Unit")?.Text), $"{id} has no unit.");

                if (want.CountedType is { } countedType)
                {
                    // A counted indicator's seeded value is what counting the seeded items gives.
                    var filterField = indicator.GetField<TextField>("Indicator", "CountFilterField")?.Text;
                    var filterValue = indicator.GetField<TextField>("Indicator", "CountFilterValue")?.Text;
                    var counted = byType[countedType].Count(i => filterField is null
                        || i.GetField<TextField>(filterField.Split('.')[0], filterField.Split('.')[1])?.Text == filterValue);
                    Assert.Equal(want.Current, counted);
                }
            }

            Assert.Equal("Training.Scope", indicators["indicator-qualification-trainings"].GetField<TextField>("Indicator", "CountFilterField")!.Text);
            Assert.Equal("qualification", indicators["indicator-qualification-trainings"].GetField<TextField>("Indicator", "CountFilterValue")!.Text);
        });

        site.AssertNoLoggedIssues();
    }

    private static DateTime? Utc(int year, int month, int day) => new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Stores the recipe's definitions and its taxonomies (once per site: the tests of this class share one).</summary>
    private async Task StoreModelAsync(JsonObject recipe)
    {
        var definition = Step(recipe, "ContentDefinition");
        var types = definition["ContentTypes"].Deserialize<List<ContentTypeDefinition>>(ContentJson.Options)!;
        var parts = definition["ContentParts"].Deserialize<List<ContentPartDefinition>>(ContentJson.Options)!;
        var taxonomies = Items(recipe, TaxonomiesStep);

        await site.RunAsSystemAsync(async services =>
        {
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            await definitions.StoreAsync(types, parts);

            var contents = services.GetRequiredService<IContentManager>();
            foreach (var data in taxonomies)
            {
                if (await contents.GetAsync(data["ContentItemId"]!.GetValue<string>(), VersionOptions.Latest) is null)
                {
                    await contents.CreateAsync(await NewItemAsync(contents, data), publish: true);
                }
            }
        });
    }

    private static async Task<ContentItem> NewItemAsync(IContentManager contents, JsonObject data)
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

        return item;
    }

    /// <summary>Every value the recipe gives is stored unchanged, so running the recipe again makes no new versions.</summary>
    private static void AssertStoredAsGiven(JsonObject data, ContentItem stored)
    {
        foreach (var (name, node) in data)
        {
            if (name is "ContentItemId" or "ContentType")
            {
                continue;
            }

            foreach (var (property, value) in node!.AsObject())
            {
                var actual = stored.Content[name]?[property];
                Assert.True(JsonNode.DeepEquals(value, actual), $"{stored.ContentItemId}: {name}.{property} was stored as {actual?.ToJsonString()}, not {value?.ToJsonString()}.");
            }
        }
    }

    /// <summary>The items of the recipe's n-th Content step (0: the taxonomies, 1: the program facts).</summary>
    private static List<JsonObject> Items(JsonObject recipe, int contentStep) =>
        Steps(recipe, "Content")[contentStep]["Data"]!.AsArray().Select(n => n!.AsObject()).ToList();

    private static JsonObject LoadRecipe() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), RecipePath)))!.AsObject();

    private static JsonObject Step(JsonObject recipe, string name) => Steps(recipe, name).Single();

    private static List<JsonObject> Steps(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Where(s => s!["name"]!.GetValue<string>() == name).Select(s => s!.AsObject()).ToList();

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
