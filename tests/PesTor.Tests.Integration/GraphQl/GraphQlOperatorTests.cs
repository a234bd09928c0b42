using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.GraphQl.GraphQlHttp;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>
/// Every <c>where</c> operator on every filterable field kind and on the item columns, on both databases. The type
/// <c>GqlOps</c> is made here through the definitions, with two fields of each kind (A and B). Five items hold each kind's
/// five values, A in one order and B in the reverse one, so a filter that read the other field would answer another set:
/// each answer is compared with what the values say (the oracle), for A and for B, and with AND / OR / NOT around it.
/// </summary>
public abstract class GraphQlOperatorTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    private const string TypeName = "GqlOps";
    private const string TaxonomyId = "gql-ops-terms";
    private static readonly string[] Titles = ["Ops Alfa", "Ops Beta", "Ops Gamma", "Ops Delta", "Ops Epsilon"];
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    // Filled by the seeding (ids of the picked entities and of the items, creation times) and read by the cases.
    private static readonly Dictionary<Type, Seeded> SeededBySite = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Seeding.WaitAsync();
        try
        {
            if (!SeededBySite.TryGetValue(typeof(TSite), out var seeded) || !ReferenceEquals(seeded.Site, Site))
            {
                seeded = await Site.RunAsSystemAsync(SeedAsync) with { Site = Site };
                // Creation times as the API answers them (the database's precision), in the items' order.
                var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
                var items = (await DataAsync(Site, "{ gqlOps { displayText createdUtc } }", client: admin))["gqlOps"]!.AsArray();
                seeded.Created.AddRange(Titles.Select(title => DateTime.Parse(
                    (string)items.Single(i => (string)i!["displayText"]! == title)!["createdUtc"]!,
                    CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)));
                SeededBySite[typeof(TSite)] = seeded;
            }
        }
        finally
        {
            Seeding.Release();
        }
    }

    public static TheoryData<string> Kinds() => [.. Cases(Seeded.Empty).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_operator_of_the_kind_filters_each_of_its_two_fields_by_its_own_values(string kind)
    {
        var seeded = SeededBySite[typeof(TSite)];
        var kindCase = Cases(seeded).Single(c => c.Name == kind);
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        foreach (var field in kindCase.Fields)
        {
            var values = field.Reversed ? [.. kindCase.Values.Reverse()] : kindCase.Values;
            var checks = Checks(field.GraphName, kindCase, values).ToList();
            Assert.True(checks.Count <= 30, "over the alias limit");
            var query = "{ " + string.Join(" ", checks.Select((c, i) => $"c{i}: gqlOps(where: {c.Where}, orderBy: {{ displayText: ASC }}) {{ displayText }}")) + " }";
            var data = await DataAsync(Site, query, client: admin);
            for (var i = 0; i < checks.Count; i++)
            {
                var expected = Titles.Where((_, item) => checks[i].Matches(values[item])).Order(StringComparer.Ordinal).ToList();
                var actual = data[$"c{i}"]!.AsArray().Select(e => (string)e!["displayText"]!).Order(StringComparer.Ordinal).ToList();
                Assert.True(expected.SequenceEqual(actual),
                    $"{kind} {field.GraphName}: where {checks[i].Where}\n expected [{string.Join(", ", expected)}]\n got      [{string.Join(", ", actual)}]");
            }
        }
    }

    [Fact]
    public async Task The_two_fields_of_a_kind_answer_differently_so_the_checks_above_can_tell_them_apart()
    {
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var data = await DataAsync(Site, """{ a: gqlOps(where: { numA_gt: 2.5 }) { displayText } b: gqlOps(where: { numB_gt: 2.5 }) { displayText } }""", client: admin);
        Assert.Equal(["Ops Delta", "Ops Epsilon"], data["a"]!.AsArray().Select(e => (string)e!["displayText"]!).Order());
        Assert.Equal(["Ops Alfa", "Ops Beta"], data["b"]!.AsArray().Select(e => (string)e!["displayText"]!).Order());
    }

    // The operators a kind offers (the schema's suffixes), each with its argument and what it means, plus NOT, OR and AND.
    private static IEnumerable<Check> Checks(string field, KindCase kind, object[] values)
    {
        var pivot = values.Order().ElementAt(1);
        var middle = values.Order().ElementAt(2);
        var low = values.Order().First();
        Check Leaf(string suffix, object argument, Func<object, bool> matches) => new($"{{ {field}{suffix}: {Literal(argument)} }}", matches);

        yield return Leaf("", pivot, v => Same(v, pivot));
        yield return Leaf("_not", pivot, v => !Same(v, pivot));
        if (kind.Ordered)
        {
            yield return Leaf("_gt", middle, v => Compare(v, middle) > 0);
            yield return Leaf("_gte", middle, v => Compare(v, middle) >= 0);
            yield return Leaf("_lt", middle, v => Compare(v, middle) < 0);
            yield return Leaf("_lte", middle, v => Compare(v, middle) <= 0);
        }

        foreach (var (suffix, argument) in kind.TextArguments)
        {
            yield return Leaf(suffix, argument, v => suffix switch
            {
                "_contains" => ((string)v).Contains(argument, StringComparison.OrdinalIgnoreCase),
                "_starts_with" => ((string)v).StartsWith(argument, StringComparison.OrdinalIgnoreCase),
                _ => ((string)v).EndsWith(argument, StringComparison.OrdinalIgnoreCase),
            });
        }

        if (kind.Lists)
        {
            object[] set = [low, pivot];
            yield return Leaf("_in", set, v => set.Any(s => Same(v, s)));
            yield return Leaf("_not_in", set, v => !set.Any(s => Same(v, s)));
        }

        yield return new($"{{ NOT: [{{ {field}: {Literal(pivot)} }}] }}", v => !Same(v, pivot));
        yield return new($"{{ OR: [{{ {field}: {Literal(low)} }}, {{ {field}: {Literal(pivot)} }}] }}", v => Same(v, low) || Same(v, pivot));
        yield return new($"{{ AND: [{{ {field}_not: {Literal(low)} }}, {{ {field}_not: {Literal(pivot)} }}] }}", v => !Same(v, low) && !Same(v, pivot));
        // Nested: NOT of an OR.
        yield return new($"{{ NOT: [{{ OR: [{{ {field}: {Literal(low)} }}, {{ {field}: {Literal(pivot)} }}] }}] }}", v => !Same(v, low) && !Same(v, pivot));
    }

    private static List<KindCase> Cases(Seeded seeded) =>
    [
        new("text", [Own("textA"), Own("textB", reversed: true)], ["alfa", "bravo", "charlie", "delta", "echo"],
            Text: [("_contains", "L"), ("_starts_with", "br"), ("_ends_with", "a")]),
        new("options", [Own("optA"), Own("optB", reversed: true)], ["opt-mały", "opt-średni", "opt-duży", "opt-wielki", "opt-ogromny"],
            Text: [("_contains", "ś"), ("_starts_with", "opt-m"), ("_ends_with", "y")]),
        new("link", [Own("linkA"), Own("linkB", reversed: true)],
            ["https://a.example.org/one", "https://b.example.org/two", "http://c.example.net/three", "https://d.example.net/four", "http://e.example.com/five"],
            Text: [("_contains", "example.net"), ("_starts_with", "http://"), ("_ends_with", "o")]),
        new("numeric", [Own("numA"), Own("numB", reversed: true)], [-5m, 0m, 2.5m, 10m, 100m], Ordered: true),
        new("date", [Own("dayA"), Own("dayB", reversed: true)], ["2020-01-31", "2023-06-15", "2024-02-29", "2024-03-01", "2030-12-31"], Ordered: true),
        new("dateTime", [Own("momentA"), Own("momentB", reversed: true)],
            [Utc("2020-01-01T00:00:00"), Utc("2024-05-01T08:30:00"), Utc("2024-05-01T08:30:01"), Utc("2024-05-02T00:00:00"), Utc("2031-01-01T12:00:00")], Ordered: true),
        new("boolean", [Own("flagA"), Own("flagB", reversed: true)], [true, true, false, false, false], Lists: false),
        new("contentPicker", [Own("pickA"), Own("pickB", reversed: true)], [.. seeded.EntityIds]),
        new("taxonomy", [Own("termA"), Own("termB", reversed: true)], ["t0", "t1", "t2", "t3", "t4"]),
        new("displayText column", [Own("displayText")], Titles, Text: [("_contains", "LTA"), ("_starts_with", "Ops B"), ("_ends_with", "a")]),
        new("contentItemId column", [Own("contentItemId")], [.. seeded.ItemIds]),
        new("createdUtc column", [Own("createdUtc")], [.. seeded.Created], Ordered: true),
    ];

    private static FieldRef Own(string name, bool reversed = false) => new(name, reversed);

    private static DateTime Utc(string value) => DateTime.SpecifyKind(DateTime.Parse(value, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static bool Same(object a, object b) => Compare(a, b) == 0;

    private static int Compare(object a, object b) => a switch
    {
        string s => string.CompareOrdinal(s, (string)b),
        _ => ((IComparable)a).CompareTo(b),
    };

    // Values as GraphQL literals: strings (ids, dates, date-times as ISO 8601) quoted as JSON quotes them, numbers invariant.
    private static string Literal(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => JsonSerializer.Serialize(t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        object[] list => "[" + string.Join(", ", list.Select(Literal)) + "]",
        _ => throw new ArgumentException($"No literal for {value.GetType()}"),
    };

    private static async Task<Seeded> SeedAsync(IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        await services.GetRequiredService<IContentDefinitionManager>().StoreAsync(
            [new ContentTypeDefinition
            {
                Name = TypeName,
                DisplayName = TypeName,
                Parts = [new() { Name = PartNames.Title, PartName = PartNames.Title }, new() { Name = TypeName, PartName = TypeName }],
            }],
            [new ContentPartDefinition { Name = TypeName, Fields = [.. new[] { "A", "B" }.SelectMany(FieldsOf)] }]);

        var taxonomy = await contents.NewAsync("Taxonomy");
        taxonomy.ContentItemId = TaxonomyId;
        taxonomy.Apply(new TitlePart { Title = "GqlOps terms" });
        taxonomy.Apply(new TaxonomyPart { Terms = [.. Enumerable.Range(0, 5).Select(i => new TaxonomyTerm { Id = $"t{i}", Name = $"Term {i}", Slug = $"t{i}" })] });
        await contents.CreateAsync(taxonomy, publish: true);

        var entityIds = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var entity = await ContentBuilders.NewEntityAsync(contents, $"Ops Podmiot {i}");
            await contents.CreateAsync(entity, publish: true);
            entityIds.Add(entity.ContentItemId);
        }

        // Ids sort like the items, so the ordered comparisons of the oracle hold for them too.
        var seeded = new Seeded(null!, [.. entityIds.Order(StringComparer.Ordinal)], [], []);
        var cases = Cases(seeded).Where(c => !c.Name.EndsWith(" column", StringComparison.Ordinal)).ToList();
        for (var item = 0; item < Titles.Length; item++)
        {
            var ops = await contents.NewAsync(TypeName);
            ops.Apply(new TitlePart { Title = Titles[item] });
            foreach (var kind in cases)
            {
                foreach (var field in kind.Fields)
                {
                    var value = field.Reversed ? kind.Values[Titles.Length - 1 - item] : kind.Values[item];
                    Apply(ops, char.ToUpperInvariant(field.GraphName[0]) + field.GraphName[1..], kind.Name, value);
                }
            }

            await contents.CreateAsync(ops, publish: true);
            seeded.ItemIds.Add(ops.ContentItemId);
            // Distinct creation times, so createdUtc's comparisons have something to tell apart on every database.
            await Task.Delay(20);
        }

        return seeded;
    }

    private static void Apply(ContentItem item, string field, string kind, object value)
    {
        switch (kind)
        {
            case "text" or "options":
                item.ApplyField(TypeName, field, new TextField { Text = (string)value });
                break;
            case "link":
                item.ApplyField(TypeName, field, new LinkField { Url = (string)value, Text = "link" });
                break;
            case "numeric":
                item.ApplyField(TypeName, field, new NumericField { Value = (decimal)value });
                break;
            case "date":
                item.ApplyField(TypeName, field, new DateField { Value = DateOnly.Parse((string)value, CultureInfo.InvariantCulture) });
                break;
            case "dateTime":
                item.ApplyField(TypeName, field, new DateTimeField { Value = (DateTime)value });
                break;
            case "boolean":
                item.ApplyField(TypeName, field, new BooleanField { Value = (bool)value });
                break;
            case "contentPicker":
                item.ApplyField(TypeName, field, new ContentPickerField { ContentItemIds = [(string)value] });
                break;
            default:
                item.ApplyField(TypeName, field, new TaxonomyField { TaxonomyContentItemId = TaxonomyId, TermContentItemIds = [(string)value] });
                break;
        }
    }

    private static IEnumerable<ContentPartFieldDefinition> FieldsOf(string suffix) =>
    [
        Field("Text" + suffix, FieldKinds.Text),
        Field("Opt" + suffix, FieldKinds.Text, new JsonObject
        {
            ["Editor"] = "Options",
            ["Options"] = new JsonArray([.. new[] { "opt-mały", "opt-średni", "opt-duży", "opt-wielki", "opt-ogromny" }.Select(v => (JsonNode)new JsonObject { ["Value"] = v })]),
        }),
        Field("Link" + suffix, FieldKinds.Link),
        Field("Num" + suffix, FieldKinds.Numeric, new JsonObject { ["Scale"] = 2, ["Minimum"] = -1000 }),
        Field("Day" + suffix, FieldKinds.Date),
        Field("Moment" + suffix, FieldKinds.DateTime),
        Field("Flag" + suffix, FieldKinds.Boolean),
        Field("Pick" + suffix, FieldKinds.ContentPicker, new JsonObject { ["DisplayedContentTypes"] = new JsonArray("Entity") }),
        Field("Term" + suffix, FieldKinds.Taxonomy, new JsonObject { ["TaxonomyContentItemId"] = TaxonomyId }),
    ];

    private static ContentPartFieldDefinition Field(string name, string kind, JsonObject? settings = null) =>
        new() { Name = name, FieldKind = kind, Settings = settings ?? [] };

    private sealed record FieldRef(string GraphName, bool Reversed);

    private sealed record KindCase(string Name, FieldRef[] Fields, object[] Values, bool Ordered = false, bool Lists = true, (string Suffix, string Argument)[]? Text = null)
    {
        public (string Suffix, string Argument)[] TextArguments => Text ?? [];
    }

    private sealed record Check(string Where, Func<object, bool> Matches);

    private sealed record Seeded(TestSite Site, List<string> EntityIds, List<string> ItemIds, List<DateTime> Created)
    {
        public static Seeded Empty { get; } = new(null!, ["", "", "", "", ""], ["", "", "", "", ""], [default, default, default, default, default]);
    }
}

public sealed class SqliteGraphQlOperatorTests(SqliteSite site) : GraphQlOperatorTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresGraphQlOperatorTests(PostgresSite site) : GraphQlOperatorTests<PostgresSite>(site), IClassFixture<PostgresSite>;
