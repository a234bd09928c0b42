using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>/api/graphql over HTTP on both databases: filters, ordering, counts, pickers, drafts, limits and bad requests.</summary>
public abstract class GraphQlTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    protected TSite Site { get; } = site;

    public async Task InitializeAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await Site.RunAsSystemAsync(SeedAsync);
        }
        finally
        {
            Seeding.Release();
        }
    }

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_taxonomy_filter_with_order_and_first_lists_the_matching_published_items()
    {
        var data = await DataAsync("""{ entity(where: { legalForm_in: ["stowarzyszenie", "spoldzielnia_socjalna"] }, orderBy: { displayText: DESC }, first: 2) { displayText legalForm { id name } } }""");
        var entities = data["entity"]!.AsArray();
        Assert.Equal(["GQL Gamma Spółdzielnia", "GQL Beta Stowarzyszenie"], entities.Select(e => (string)e!["displayText"]!));
        Assert.Equal("stowarzyszenie", (string)entities[1]!["legalForm"]![0]!["id"]!);
    }

    [Fact]
    public async Task Contains_on_display_text_and_a_numeric_bound_on_an_own_field_filter()
    {
        Assert.Equal(["GQL Gamma Spółdzielnia"], Titles(await DataAsync("""{ entity(where: { displayText_contains: "SPÓŁDZIELNIA" }) { displayText } }"""), "entity"));
        Assert.Equal(["GQL Alfa Fundacja", "GQL Gamma Spółdzielnia"],
            Titles(await DataAsync("""{ entity(where: { employees_gt: 5 }, orderBy: { displayText: ASC }) { displayText employees } }"""), "entity"));
    }

    [Fact]
    public async Task Named_parts_filter_as_nested_inputs_and_answer_as_objects()
    {
        var data = await DataAsync("""{ entity(where: { addressPart: { city: "Chełmża" } }) { displayText addressPart { city } titlePart { title } } }""");
        var entity = Assert.Single(data["entity"]!.AsArray());
        Assert.Equal("Chełmża", (string)entity!["addressPart"]!["city"]!);
        Assert.Equal("GQL Gamma Spółdzielnia", (string)entity["titlePart"]!["title"]!);
    }

    [Fact]
    public async Task Two_fields_of_the_same_kind_each_filter_only_themselves()
    {
        Assert.Equal(["GQL Oferta 1", "GQL Oferta 3"],
            Titles(await DataAsync("""{ offer(where: { priceFrom_lt: 200 }, orderBy: { displayText: ASC }) { displayText } }"""), "offer"));
        Assert.Equal(["GQL Oferta 3"],
            Titles(await DataAsync("""{ offer(where: { priceTo_lt: 200 }, orderBy: { displayText: ASC }) { displayText } }"""), "offer"));
    }

    [Fact]
    public async Task And_or_not_combine_and_the_count_uses_the_same_where()
    {
        var data = await DataAsync("""
            {
              offerCount(where: { OR: [{ kind: "service" }, { priceFrom_gte: 100 }], NOT: [{ displayText: "GQL Oferta 2" }] })
              all: offerCount
            }
            """);
        Assert.Equal(3, (int)data["offerCount"]!);
        Assert.Equal(4, (int)data["all"]!);
    }

    [Fact]
    public async Task A_picker_resolves_to_the_picked_entity()
    {
        var data = await DataAsync("""{ offer(orderBy: { displayText: ASC }, first: 3) { displayText entity { displayText employees } } }""");
        Assert.Equal(["GQL Alfa Fundacja", "GQL Beta Stowarzyszenie", "GQL Alfa Fundacja"],
            data["offer"]!.AsArray().Select(o => (string)o!["entity"]![0]!["displayText"]!));
    }

    [Fact]
    public async Task A_picker_never_shows_an_item_the_caller_may_not_see()
    {
        var data = await DataAsync("""{ offer(where: { displayText: "GQL Oferta 4" }) { displayText entity { displayText } } }""");
        Assert.Empty(Assert.Single(data["offer"]!.AsArray())!["entity"]!.AsArray());
    }

    [Fact]
    public async Task Pickers_and_terms_load_in_one_batch_per_level_not_one_query_per_item()
    {
        const string Pickers = "{ offer { displayText entity { displayText legalForm { name } } } }";
        // Once before measuring, so caches (definitions, roles) are warm for both measured requests.
        await DataAsync(Pickers);
        int without, with;
        List<string> statements;
        using (Site.Sql.Record())
        {
            await DataAsync("{ offer { displayText } }");
            without = Site.Sql.Statements.Count;
        }

        using (Site.Sql.Record())
        {
            await DataAsync(Pickers);
            with = Site.Sql.Statements.Count;
            statements = [.. Site.Sql.Statements];
        }

        // Four offers, three entities (one hidden), one taxonomy: one batch for the entities, one for the taxonomy.
        Assert.True(with - without <= 2, $"{with - without} more statements with pickers and terms:\n{string.Join("\n", statements)}");
    }

    [Fact]
    public async Task A_value_the_content_query_rejects_is_a_field_error_with_its_path()
    {
        var (status, body) = await PostAsync("""{ entity(where: { founded_lt: "not a date" }) { displayText } }""");
        Assert.Equal(HttpStatusCode.OK, status);
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        Assert.Equal("entity", (string)error["path"]![0]!);
        Assert.Contains("Founded", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_invisible_to_anonymous_callers_and_visible_to_the_administrator()
    {
        const string query = """{ entity(status: DRAFT, where: { displayText_starts_with: "GQL" }) { displayText published } }""";
        Assert.Empty(Titles(await DataAsync(query), "entity"));
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        Assert.Equal(["GQL Delta Szkic"], Titles(await DataAsync(query, admin), "entity"));
    }

    [Fact]
    public async Task Content_item_by_id_answers_the_common_columns()
    {
        var id = await Site.RunAsSystemAsync(async s => (await s.GetRequiredService<IContentManager>().GetAsync(TestModel.LegalFormsId))!.ContentItemId);
        var data = await DataAsync($$"""{ contentItem(contentItemId: "{{id}}") { contentItemId contentType } }""");
        Assert.Equal("Taxonomy", (string)data["contentItem"]!["contentType"]!);
    }

    [Fact]
    public async Task A_first_over_the_maximum_is_a_bad_request_naming_first()
    {
        var (status, body) = await PostAsync("""{ entity(first: 100000) { displayText } }""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("first", Errors(body), StringComparison.Ordinal);

        var client = await Site.ClientAsync();
        var variable = await client.PostAsJsonAsync("/api/graphql", new { query = "query($n: Int) { entity(first: $n) { displayText } }", variables = new { n = 5000 } });
        Assert.Equal(HttpStatusCode.BadRequest, variable.StatusCode);
        Assert.Contains("first", Errors(await variable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        var client = await Site.ClientAsync();
        var query = "{ offerCount }" + new string(' ', 300 * 1024);
        var response = await client.PostAsJsonAsync("/api/graphql", new { query });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read_whole()
    {
        // Sent without a Content-Length (chunked), so the endpoint's buffer grows from its first size to nearly the limit.
        var client = await Site.ClientAsync();
        var query = new string(' ', 250 * 1024) + "{ offerCount }";
        var response = await client.PostAsJsonAsync("/api/graphql", new { query });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["offerCount"]! >= 3);
    }

    [Fact]
    public async Task A_document_validated_once_is_validated_again_against_a_changed_schema()
    {
        // The repeat of a validated document skips validation only against the schema it passed; a definition change
        // builds a new schema, against which the same text must be refused when it no longer fits.
        const string query = "{ gqlBulletin { displayText addressPart { city } } }";
        await DefineBulletinAsync(withAddress: true);
        Assert.Empty((await DataAsync(query))["gqlBulletin"]!.AsArray());
        Assert.Empty((await DataAsync(query))["gqlBulletin"]!.AsArray());

        await DefineBulletinAsync(withAddress: false);
        var (status, body) = await PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("addressPart", Errors(body), StringComparison.Ordinal);

        await DefineBulletinAsync(withAddress: true);
        Assert.Empty((await DataAsync(query))["gqlBulletin"]!.AsArray());
    }

    private Task DefineBulletinAsync(bool withAddress) =>
        Site.RunAsSystemAsync(async s => await s.GetRequiredService<PesTor.Metadata.IContentDefinitionManager>().StoreAsync(
            [new PesTor.Metadata.ContentTypeDefinition
            {
                Name = "GqlBulletin",
                DisplayName = "Bulletin",
                Parts = withAddress
                    ? [new() { Name = PartNames.Title, PartName = PartNames.Title }, new() { Name = "AddressPart", PartName = "AddressPart" }]
                    : [new() { Name = PartNames.Title, PartName = PartNames.Title }],
            }],
            []));

    [Fact]
    public async Task A_too_deep_query_is_refused_and_the_next_query_still_answers()
    {
        var deep = new StringBuilder("{ offer { ");
        for (var i = 0; i < 50; i++)
        {
            deep.Append("entity { displayText ");
        }

        deep.Append(new string('}', 51)).Append(" }");
        var (status, body) = await PostAsync(deep.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(Errors(body));
        Assert.Equal(4, (int)(await DataAsync("{ offerCount }"))["offerCount"]!);
    }

    [Fact]
    public async Task Named_parts_fields_order_in_the_order_written()
    {
        var data = await DataAsync("""{ entity(where: { displayText_starts_with: "GQL" }, orderBy: { addressPart: { city: DESC }, displayText: ASC }) { displayText } }""");
        Assert.Equal(["GQL Alfa Fundacja", "GQL Beta Stowarzyszenie", "GQL Gamma Spółdzielnia"], Titles(data, "entity"));
        var reversed = await DataAsync("""{ entity(where: { displayText_starts_with: "GQL" }, orderBy: { addressPart: { city: ASC }, displayText: DESC }) { displayText } }""");
        Assert.Equal(["GQL Gamma Spółdzielnia", "GQL Beta Stowarzyszenie", "GQL Alfa Fundacja"], Titles(reversed, "entity"));
    }

    [Fact]
    public async Task Content_item_is_an_interface_whose_fragments_reach_a_types_own_fields()
    {
        var id = (string)(await DataAsync("""{ entity(where: { displayText: "GQL Gamma Spółdzielnia" }) { contentItemId } }"""))["entity"]![0]!["contentItemId"]!;
        var data = await DataAsync($$"""{ contentItem(contentItemId: "{{id}}") { __typename displayText ... on Entity { employees legalForm { id } } } }""");
        Assert.Equal("Entity", (string)data["contentItem"]!["__typename"]!);
        Assert.Equal(25m, (decimal)data["contentItem"]!["employees"]!);
        Assert.Equal("spoldzielnia_socjalna", (string)data["contentItem"]!["legalForm"]![0]!["id"]!);
        var taxonomy = await DataAsync($$"""{ contentItem(contentItemId: "{{TestModel.LegalFormsId}}") { __typename ... on Entity { employees } } }""");
        Assert.Equal("Taxonomy", (string)taxonomy["contentItem"]!["__typename"]!);
        Assert.Null(taxonomy["contentItem"]!["employees"]);
    }

    [Fact]
    public async Task Get_answers_carry_an_etag_and_a_matching_if_none_match_is_not_modified()
    {
        var client = await Site.ClientAsync();
        var url = "/api/graphql?query=" + Uri.EscapeDataString("""{ entity(where: { displayText_starts_with: "GQL" }) { displayText } }""");
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal(etag, (await client.GetAsync(url)).Headers.ETag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"stale\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Abusive_requests_are_refused_within_a_second_and_the_next_query_still_answers()
    {
        var client = await Site.ClientAsync();
        var deep = new StringBuilder("{ offer { ");
        for (var i = 0; i < 50; i++)
        {
            deep.Append("entity { displayText ");
        }

        deep.Append(new string('}', 51)).Append(" }");
        var aliases = "{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"a{i}: entity {{ displayText }} ")) + "}";
        var abuses = new (string Name, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Expected)[]
        {
            ("depth 50", () => client.PostAsJsonAsync("/api/graphql", new { query = deep.ToString() }), HttpStatusCode.BadRequest),
            ("1 000 aliases", () => client.PostAsJsonAsync("/api/graphql", new { query = aliases }), HttpStatusCode.BadRequest),
            ("first: 100000", () => client.PostAsJsonAsync("/api/graphql", new { query = "{ entity(first: 100000) { displayText } }" }), HttpStatusCode.BadRequest),
            // Too large is its own status: the body is refused unread.
            ("5 MB body", () => client.PostAsync("/api/graphql", new StringContent("{\"query\":\"" + new string('x', 5 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge),
            ("malformed JSON", () => client.PostAsync("/api/graphql", new StringContent("{ \"query\": \"{ offerCount", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
        };

        foreach (var (name, send, expected) in abuses)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var response = await send();
            clock.Stop();
            Assert.True(response.StatusCode == expected, $"{name}: {response.StatusCode}");
            Assert.NotEmpty(Errors(await response.Content.ReadAsStringAsync()));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{name} took {clock.Elapsed}");
            Assert.Equal(4, (int)(await DataAsync("{ offerCount }"))["offerCount"]!);
        }
    }

    [Fact]
    public async Task Aliases_up_to_the_limit_answer()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 30).Select(i => $"a{i}: offerCount ")) + "}";
        Assert.Equal(4, (int)(await DataAsync(query))["a29"]!);
    }

    [Fact]
    public async Task A_wrongly_typed_value_is_an_error_with_a_path()
    {
        var (status, body) = await PostAsync("""{ entity(where: { employees_gt: "many" }) { displayText } }""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("employees_gt", Errors(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_and_a_missing_query_are_bad_requests()
    {
        var client = await Site.ClientAsync();
        var malformed = await client.PostAsync("/api/graphql", new StringContent("{ \"query\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.NotEmpty(Errors(await malformed.Content.ReadAsStringAsync()));
        var missing = await client.PostAsJsonAsync("/api/graphql", new { variables = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Get_with_query_and_variables_works()
    {
        var client = await Site.ClientAsync();
        var query = Uri.EscapeDataString("query($city: String) { entityCount(where: { addressPart: { city: $city } }) }");
        var variables = Uri.EscapeDataString("""{ "city": "Toruń" }""");
        var response = await client.GetAsync($"/api/graphql?query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int)body["data"]!["entityCount"]!);
    }

    [Fact]
    public async Task A_new_definition_is_in_the_schema_of_the_next_request()
    {
        await Site.RunAsSystemAsync(async s => await s.GetRequiredService<PesTor.Metadata.IContentDefinitionManager>().StoreAsync(
            [new PesTor.Metadata.ContentTypeDefinition { Name = "GqlNotice", DisplayName = "Notice", Parts = [new() { Name = PartNames.Title, PartName = PartNames.Title }] }],
            []));
        Assert.Equal(0, (int)(await DataAsync("{ gqlNoticeCount }"))["gqlNoticeCount"]!);
    }

    private async Task<JsonNode> DataAsync(string query, HttpClient? client = null)
    {
        var (status, body) = await PostAsync(query, client);
        Assert.True(status == HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);
        return json["data"]!;
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string query, HttpClient? client = null)
    {
        client ??= await Site.ClientAsync();
        var response = await client.PostAsJsonAsync("/api/graphql", new { query });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Errors(string body) =>
        string.Join(" | ", JsonNode.Parse(body)!["errors"]!.AsArray().Select(e => (string)e!["message"]!));

    private static List<string> Titles(JsonNode data, string field) => [.. data[field]!.AsArray().Select(e => (string)e!["displayText"]!)];

    // Own titles (prefixed GQL), so other test classes' data on a shared database never changes these results.
    private static async Task SeedAsync(IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        if (await contents.GetAsync(TestModel.LegalFormsId, VersionOptions.Latest) is null)
        {
            await ContentBuilders.LegalFormsAsync(contents);
        }

        if ((await services.GetRequiredService<PesTor.Queries.IContentQueryService>().CountAsync(new PesTor.Queries.ContentQuery
            {
                ContentTypes = ["Entity"],
                Status = PesTor.Queries.ContentStatus.Latest,
                Where = PesTor.Queries.ContentFilter.ByColumn(PesTor.Queries.ContentColumn.DisplayText, PesTor.Queries.FilterOperator.StartsWith, "GQL"),
            })) > 0)
        {
            return;
        }

        var alfa = await EntityAsync(contents, "GQL Alfa Fundacja", "fundacja", 10, "Toruń");
        var beta = await EntityAsync(contents, "GQL Beta Stowarzyszenie", "stowarzyszenie", 3, "Toruń");
        await EntityAsync(contents, "GQL Gamma Spółdzielnia", "spoldzielnia_socjalna", 25, "Chełmża");
        await EntityAsync(contents, "GQL Delta Szkic", "fundacja", 1, "Toruń", publish: false);

        await OfferAsync(contents, "GQL Oferta 1", alfa, 100, 500, "product");
        await OfferAsync(contents, "GQL Oferta 2", beta, 600, 700, "service");
        await OfferAsync(contents, "GQL Oferta 3", alfa, 50, 100, "service");

        // An offer whose entity was unpublished afterwards: its picker must not show the entity to anyone reading published items.
        var hidden = await EntityAsync(contents, "Ukryty podmiot GQL", "fundacja", 0, "Lubicz");
        await OfferAsync(contents, "GQL Oferta 4", hidden, 300, 900, "product");
        await contents.UnpublishAsync((await contents.GetAsync(hidden, VersionOptions.Published))!);
    }

    private static async Task<string> EntityAsync(IContentManager contents, string title, string legalForm, int employees, string city, bool publish = true)
    {
        var entity = await ContentBuilders.NewEntityAsync(contents, title, legalForm);
        entity.ApplyField("Entity", "Employees", new NumericField { Value = employees });
        entity.Apply(new AddressPart { City = city });
        await contents.CreateAsync(entity, publish);
        return entity.ContentItemId;
    }

    private static async Task OfferAsync(IContentManager contents, string title, string entityId, decimal from, decimal to, string kind)
    {
        var offer = await ContentBuilders.NewOfferAsync(contents, title, entityId, from, to);
        offer.ApplyField("Offer", "Kind", new TextField { Text = kind });
        await contents.CreateAsync(offer, publish: true);
    }
}

/// <summary>The real model builds a schema: every type's list field, parts and pickers, with valid names.</summary>
public sealed class TorunGraphQlSchemaTests(SqliteTorunSite site) : IClassFixture<SqliteTorunSite>
{
    [Fact]
    public async Task The_torun_model_has_a_list_and_a_count_per_type_and_no_stereotype_types()
    {
        var client = await site.ClientAsync();
        var response = await client.PostAsJsonAsync("/api/graphql", new { query = "{ __schema { queryType { fields { name } } } }" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var fields = JsonNode.Parse(body)!["data"]!["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
        foreach (var name in new[] { "entity", "offer", "need", "equipment", "premises", "supportPoint", "socialClause", "cultureEvaluationCard", "entityCount", "contentItem" })
        {
            Assert.Contains(name, fields);
        }

        Assert.DoesNotContain("taxonomy", fields);
        // What GraphiQL-like clients ask first: argument defaults must serialize (first: 100).
        var introspection = await client.PostAsJsonAsync("/api/graphql", new { query = """{ __type(name: "Query") { fields { args { name defaultValue } } } }""" });
        Assert.Contains("\"100\"", await introspection.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("mapWidget", fields);
        var list = await client.PostAsJsonAsync("/api/graphql", new { query = "{ entity(first: 5) { displayText addressPart { city district { name } } } supportPointCount }" });
        var listBody = await list.Content.ReadAsStringAsync();
        Assert.True(list.StatusCode == HttpStatusCode.OK && JsonNode.Parse(listBody)!["errors"] is null, listBody);
        site.AssertNoLoggedIssues();
    }
}

public sealed class SqliteGraphQlTests(SqliteSite site) : GraphQlTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresGraphQlTests(PostgresSite site) : GraphQlTests<PostgresSite>(site), IClassFixture<PostgresSite>;
