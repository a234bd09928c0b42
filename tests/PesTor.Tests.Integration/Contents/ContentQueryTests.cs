using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Contents;

/// <summary>The one content query: every operator on fields and columns, ordering, paging and counts, on both databases.</summary>
public abstract class ContentQueryTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
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
    public async Task A_taxonomy_filter_returns_only_published_items_with_that_term() =>
        Assert.Equal(["Alfa Fundacja"], await TitlesAsync("Entity", ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "fundacja")));

    [Fact]
    public async Task The_latest_status_includes_drafts() =>
        Assert.Equal(["Alfa Fundacja", "Delta Fundacja"],
            await TitlesAsync("Entity", ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "fundacja"), status: ContentStatus.Latest));

    [Fact]
    public async Task Two_fields_of_the_same_kind_each_filter_only_themselves()
    {
        Assert.Equal(["Oferta 1", "Oferta 3"], await TitlesAsync("Offer", ContentFilter.ByField("Offer", "PriceFrom", FilterOperator.Lt, 200)));
        Assert.Equal(["Oferta 3"], await TitlesAsync("Offer", ContentFilter.ByField("Offer", "PriceTo", FilterOperator.Lt, 200)));
    }

    [Fact]
    public async Task Numeric_bounds_are_inclusive_or_exclusive_as_asked()
    {
        Assert.Equal(["Oferta 1", "Oferta 3"], await TitlesAsync("Offer", ContentFilter.ByField("Offer", "PriceTo", FilterOperator.Lte, 500)));
        Assert.Equal(["Oferta 1", "Oferta 2"], await TitlesAsync("Offer", ContentFilter.ByField("Offer", "PriceFrom", FilterOperator.Gte, 100)));
        Assert.Equal(["Oferta 2"], await TitlesAsync("Offer", ContentFilter.ByField("Offer", "PriceFrom", FilterOperator.Gt, 100)));
    }

    [Fact]
    public async Task Text_matching_ignores_case_and_polish_letters_case() =>
        Assert.Equal(["Alfa Fundacja", "Beta Stowarzyszenie"],
            await TitlesAsync("Entity", ContentFilter.ByField("AddressPart", "City", FilterOperator.Contains, "TORUŃ")));

    [Fact]
    public async Task Starts_and_ends_with_match_the_edges_of_the_value()
    {
        Assert.Equal(["Gamma Spółdzielnia"], await TitlesAsync("Entity", ContentFilter.ByField("AddressPart", "City", FilterOperator.StartsWith, "cheł")));
        Assert.Equal(["Alfa Fundacja", "Beta Stowarzyszenie"], await TitlesAsync("Entity", ContentFilter.ByField("AddressPart", "City", FilterOperator.EndsWith, "ruń")));
    }

    [Fact]
    public async Task Column_contains_ignores_case_on_both_databases() =>
        Assert.Equal(["Gamma Spółdzielnia"], await TitlesAsync("Entity", ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, "SPÓŁDZIELNIA")));

    [Fact]
    public async Task Like_wildcards_in_the_value_are_taken_literally() =>
        Assert.Empty(await TitlesAsync("Entity", ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, "%")));

    [Fact]
    public async Task And_or_not_combine_as_in_logic() =>
        Assert.Equal(["Gamma Spółdzielnia"], await TitlesAsync("Entity", ContentFilter.And(
            ContentFilter.Or(
                ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "fundacja"),
                ContentFilter.ByField("Entity", "Employees", FilterOperator.Gt, 20)),
            ContentFilter.Not(ContentFilter.ByField("AddressPart", "City", FilterOperator.Eq, "Toruń")))));

    // Without care SQL's NOT of an unknown (a NULL column) is unknown again, and the row disappears: "not owned by me"
    // would drop every item nobody owns (imported and system-made content).
    [Fact]
    public async Task Not_over_a_column_keeps_items_where_the_column_is_empty() =>
        Assert.Equal(["Alfa Fundacja", "Beta Stowarzyszenie", "Epsilon Bez Danych", "Gamma Spółdzielnia"],
            await TitlesAsync("Entity", ContentFilter.Not(ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.Eq, "someone"))));

    [Fact]
    public async Task In_and_not_in_take_lists()
    {
        Assert.Equal(["Beta Stowarzyszenie", "Epsilon Bez Danych", "Gamma Spółdzielnia"],
            await TitlesAsync("Entity", ContentFilter.ByField("Entity", "LegalForm", FilterOperator.In, new[] { "stowarzyszenie", "spoldzielnia_socjalna" })));
        Assert.Equal(["Alfa Fundacja"],
            await TitlesAsync("Entity", ContentFilter.ByField("Entity", "LegalForm", FilterOperator.NotIn, new[] { "stowarzyszenie", "spoldzielnia_socjalna" })));
    }

    [Fact]
    public async Task Not_equal_keeps_items_without_a_value() =>
        Assert.Equal(["Beta Stowarzyszenie", "Epsilon Bez Danych", "Gamma Spółdzielnia"],
            await TitlesAsync("Entity", ContentFilter.ByField("Entity", "PublicBenefit", FilterOperator.NotEq, true)));

    [Fact]
    public async Task Booleans_dates_links_and_pickers_filter()
    {
        Assert.Equal(["Alfa Fundacja"], await TitlesAsync("Entity", ContentFilter.ByField("Entity", "PublicBenefit", FilterOperator.Eq, "true")));
        Assert.Equal(["Alfa Fundacja"], await TitlesAsync("Entity", ContentFilter.ByField("Entity", "Founded", FilterOperator.Lt, "2011-01-01")));
        Assert.Equal(["Beta Stowarzyszenie"], await TitlesAsync("Entity", ContentFilter.ByField("Entity", "Website", FilterOperator.Contains, "beta", "Url")));
        var alfa = await IdOfAsync("Alfa Fundacja");
        Assert.Equal(["Oferta 1", "Oferta 3"], await TitlesAsync("Offer", ContentFilter.ByField("Offer", "Entity", FilterOperator.Eq, alfa)));
    }

    [Fact]
    public async Task Geo_points_filter_by_latitude_and_longitude() =>
        Assert.Equal(["Beta Stowarzyszenie"], await TitlesAsync("Entity", ContentFilter.And(
            ContentFilter.ByField("Entity", "Location", FilterOperator.Gt, 53.03, "Latitude"),
            ContentFilter.ByField("Entity", "Location", FilterOperator.Lt, 53.10, "Latitude"),
            ContentFilter.ByField("Entity", "Location", FilterOperator.Lt, 18.70, "Longitude"))));

    [Fact]
    public async Task Ordering_by_a_field_puts_items_without_a_value_last()
    {
        var page = await ListAsync(new ContentQuery { ContentTypes = ["Entity"], OrderBy = [ContentOrder.ByField("Entity", "Employees", descending: true)] });
        Assert.Equal(["Gamma Spółdzielnia", "Alfa Fundacja", "Beta Stowarzyszenie", "Epsilon Bez Danych"], page.Items.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task Paging_returns_the_page_and_the_total()
    {
        var page = await ListAsync(new ContentQuery { ContentTypes = ["Entity"], OrderBy = [ContentOrder.By(ContentColumn.DisplayText)], Skip = 1, Take = 2 }, includeTotal: true);
        Assert.Equal(["Beta Stowarzyszenie", "Epsilon Bez Danych"], page.Items.Select(i => i.DisplayText));
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task Paging_past_the_last_page_and_a_query_matching_nothing_still_give_their_totals()
    {
        // The total rides beside each row of the page; with no row, it is counted on its own.
        var past = await ListAsync(new ContentQuery { ContentTypes = ["Entity"], Skip = 10, Take = 2 }, includeTotal: true);
        Assert.Empty(past.Items);
        Assert.Equal(4, past.Total);

        var none = await ListAsync(new ContentQuery { ContentTypes = ["Entity"], Where = ContentFilter.ByField("Entity", "Employees", FilterOperator.Gt, 1_000_000), Take = 2 }, includeTotal: true);
        Assert.Empty(none.Items);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task Count_uses_the_same_filter() =>
        Assert.Equal(2, await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
        {
            ContentTypes = ["Offer"],
            Where = ContentFilter.ByField("Offer", "Kind", FilterOperator.Eq, "service"),
        })));

    [Fact]
    public async Task An_unknown_field_is_an_error_not_an_empty_result()
    {
        var error = await Assert.ThrowsAsync<ContentQueryException>(() =>
            TitlesAsync("Entity", ContentFilter.ByField("Entity", "Colour", FilterOperator.Eq, "red")));
        Assert.Contains("Colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_an_error_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<ContentQueryException>(() =>
            TitlesAsync("Entity", ContentFilter.ByField("Entity", "Employees", FilterOperator.Eq, "many")));
        Assert.Equal("where.Entity.Employees", error.Path);
    }

    private async Task<ContentPage> ListAsync(ContentQuery query, bool includeTotal = false) =>
        await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().ListAsync(query, includeTotal));

    private async Task<List<string>> TitlesAsync(string type, ContentFilter filter, ContentStatus status = ContentStatus.Published)
    {
        var page = await ListAsync(new ContentQuery { ContentTypes = [type], Where = filter, Status = status, Take = 100 });
        return [.. page.Items.Select(i => i.DisplayText)];
    }

    private Task<string> IdOfAsync(string title) => Site.RunAsSystemAsync(async s =>
        (await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery
        {
            ContentTypes = ["Entity"],
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, title),
        })).Items.Single().ContentItemId);

    private static async Task SeedAsync(IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        if (await contents.GetAsync(TestModel.LegalFormsId, VersionOptions.Latest) is not null)
        {
            return;
        }

        await ContentBuilders.LegalFormsAsync(contents);
        var alfa = await EntityAsync(contents, "Alfa Fundacja", "fundacja", 10, "Toruń", publicBenefit: true, founded: new DateOnly(2010, 5, 1), lat: 53.01m, lon: 18.60m);
        var beta = await EntityAsync(contents, "Beta Stowarzyszenie", "stowarzyszenie", 3, "Toruń", website: "https://beta.example.org", lat: 53.04m, lon: 18.65m);
        await EntityAsync(contents, "Gamma Spółdzielnia", "spoldzielnia_socjalna", 25, "Chełmża", lat: 53.18m, lon: 18.61m);
        await EntityAsync(contents, "Epsilon Bez Danych", "stowarzyszenie", null, null);
        await EntityAsync(contents, "Delta Fundacja", "fundacja", 1, "Toruń", publish: false);

        await OfferAsync(contents, "Oferta 1", alfa, 100, 500, "product");
        await OfferAsync(contents, "Oferta 2", beta, 600, 700, "service");
        await OfferAsync(contents, "Oferta 3", alfa, 50, 100, "service");
    }

    private static async Task<string> EntityAsync(
        IContentManager contents, string title, string legalForm, int? employees, string? city,
        bool publicBenefit = false, DateOnly? founded = null, string? website = null, decimal? lat = null, decimal? lon = null, bool publish = true)
    {
        var entity = await ContentBuilders.NewEntityAsync(contents, title, legalForm);
        if (employees is not null)
        {
            entity.ApplyField("Entity", "Employees", new NumericField { Value = employees });
        }

        if (city is not null)
        {
            entity.Apply(new AddressPart { City = city });
        }

        if (publicBenefit)
        {
            entity.ApplyField("Entity", "PublicBenefit", new BooleanField { Value = true });
        }

        if (founded is not null)
        {
            entity.ApplyField("Entity", "Founded", new DateField { Value = founded });
        }

        if (website is not null)
        {
            entity.ApplyField("Entity", "Website", new LinkField { Url = website, Text = title });
        }

        if (lat is not null)
        {
            entity.ApplyField("Entity", "Location", new GeoPointField { Latitude = lat, Longitude = lon });
        }

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

public sealed class SqliteContentQueryTests(SqliteSite site) : ContentQueryTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresContentQueryTests(PostgresSite site) : ContentQueryTests<PostgresSite>(site), IClassFixture<PostgresSite>;
