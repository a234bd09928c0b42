using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Integration.Site;

/// <summary>
/// The public site over HTTP on the sample data: every directory and its filters, detail pages with what belongs to them,
/// the program page and its CSV, languages, caching (evicted by a CityEditor's publish), ETag, compression, error pages,
/// sitemap and robots — and that nothing private or unpublished shows.
/// </summary>
public sealed partial class PublicSiteTests(SqliteSampleSite site) : IClassFixture<SqliteSampleSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/podmioty", "Entity")]
    [InlineData("/oferty", "Offer")]
    [InlineData("/zapotrzebowania", "Need")]
    [InlineData("/bank-sprzetu", "Equipment")]
    [InlineData("/lokale", "Premises")]
    [InlineData("/punkty-wsparcia", "SupportPoint")]
    public async Task Each_directory_lists_the_published_items_of_its_type(string path, string type)
    {
        var expected = await CountAsync(type, null);
        var html = await GetAsync(path);
        Assert.Contains($"Znaleziono: {expected}", html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(20, expected), ResultLinks().Matches(html).Count);
    }

    [Theory]
    [InlineData("/podmioty?opp=tak", "Entity", "Entity", "PublicBenefit", true)]
    [InlineData("/podmioty?ps=tak", "Entity", "Entity", "SocialEnterprise", true)]
    [InlineData("/podmioty?dzielnica=rubinkowo", "Entity", "AddressPart", "District", "rubinkowo")]
    [InlineData("/oferty?rodzaj=service", "Offer", "Offer", "Kind", "service")]
    [InlineData("/zapotrzebowania?zglaszajacy=resident", "Need", "Need", "RequesterType", "resident")]
    [InlineData("/bank-sprzetu?dostepnosc=available", "Equipment", "Equipment", "Availability", "available")]
    [InlineData("/lokale?status=free", "Premises", "Premises", "Status", "free")]
    [InlineData("/lokale?dostepny=tak", "Premises", "Premises", "Accessible", true)]
    [InlineData("/punkty-wsparcia?rodzaj=owes", "SupportPoint", "SupportPoint", "SupportType", "owes")]
    public async Task A_filter_in_the_address_narrows_the_list_in_the_content_query(string url, string type, string part, string field, object value)
    {
        var expected = await CountAsync(type, ContentFilter.ByField(part, field, FilterOperator.Eq, value));
        var html = await GetAsync(url);
        Assert.Contains($"Znaleziono: {expected}", html, StringComparison.Ordinal);
        Assert.True(expected < await CountAsync(type, null), $"The filter {url} should leave some items out of the sample data.");
    }

    [Fact]
    public async Task Category_activity_area_and_area_range_filters_narrow_the_lists()
    {
        var offer = await GetItemAsync("sample-offer-0001");
        var category = offer.GetField<TaxonomyField>("Offer", "Category")!.TermContentItemIds[0];
        Assert.Contains($"Znaleziono: {await CountAsync("Offer", ContentFilter.ByField("Offer", "Category", FilterOperator.Eq, category))}",
            await GetAsync("/oferty?kategoria=" + category), StringComparison.Ordinal);

        var entity = await GetItemAsync("sample-entity-0001");
        if (entity.GetField<TaxonomyField>("Entity", "ActivityAreas")?.TermContentItemIds is [var area, ..])
        {
            Assert.Contains($"Znaleziono: {await CountAsync("Entity", ContentFilter.ByField("Entity", "ActivityAreas", FilterOperator.Eq, area))}",
                await GetAsync("/podmioty?obszar=" + area), StringComparison.Ordinal);
        }

        var inRange = await CountAsync("Premises", ContentFilter.And(
            ContentFilter.ByField("Premises", "AreaM2", FilterOperator.Gte, 50m),
            ContentFilter.ByField("Premises", "AreaM2", FilterOperator.Lte, 120.5m)));
        Assert.Contains($"Znaleziono: {inRange}", await GetAsync("/lokale?powierzchnia-od=50&powierzchnia-do=120,5"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_bound_that_is_not_a_number_is_named_and_left_out()
    {
        var html = await GetAsync("/lokale?powierzchnia-od=duzo");
        Assert.Contains("Podaj liczbę", html, StringComparison.Ordinal);
        Assert.Contains($"Znaleziono: {await CountAsync("Premises", null)}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_list_open_needs_first()
    {
        var html = await GetAsync("/zapotrzebowania");
        var statuses = StatusWords().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(statuses);
        var firstNotOpen = statuses.FindIndex(s => s != "Otwarte");
        Assert.True(firstNotOpen < 0 || statuses.Skip(firstNotOpen).All(s => s != "Otwarte"), "An open need comes after a closed one: " + string.Join(", ", statuses));
    }

    [Fact]
    public async Task An_empty_directory_result_suggests_widening_the_filters()
    {
        var html = await GetAsync("/oferty?q=zzzz-nie-ma-takiej");
        Assert.Contains("Znaleziono: 0", html, StringComparison.Ordinal);
        Assert.Contains("Spróbuj usunąć któryś z filtrów", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/oferty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_page_shows_its_offers_terms_as_links_and_organization_data()
    {
        var offer = await GetItemAsync("sample-offer-0001");
        var entityId = offer.GetField<ContentPickerField>("Offer", "Entity")!.ContentItemIds[0];
        var entity = await GetItemAsync(entityId);
        var html = await GetAsync("/" + entity.As<AutoroutePart>()!.Path);

        Assert.Contains("Produkty i usługi podmiotu", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/" + offer.As<AutoroutePart>()!.Path + "\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/podmioty?forma=", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Organization\"", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:title\"", html, StringComparison.Ordinal);

        var offers = await GetAsync("/oferty?podmiot=" + entityId);
        Assert.Contains(entity.DisplayText, offers, StringComparison.Ordinal);
        Assert.Contains(offer.DisplayText, offers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_page_shows_its_date_and_place_and_the_program_page_lists_it()
    {
        var training = (await site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().ListAsync(ContentQuery.ForType("Training")))).Items[0];
        var html = await GetAsync("/" + training.As<AutoroutePart>()!.Path);
        Assert.Contains("Termin:", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"" + training.As<EventPart>()!.StartDate!.Value.ToString("yyyy-MM-dd"), html, StringComparison.Ordinal);

        var program = await GetAsync("/program");
        Assert.Contains("Wizja", program, StringComparison.Ordinal);
        Assert.Contains("Rejestr klauzul społecznych", program, StringComparison.Ordinal);
        Assert.Contains(training.DisplayText, program, StringComparison.Ordinal);
        Assert.Contains("Zenon Nienartowicz", program, StringComparison.Ordinal);
        Assert.Contains("Zastosowań klauzul: 7", program, StringComparison.Ordinal);
        Assert.Contains("Zastosowań klauzul: 3", await GetAsync("/program?tryb=request-for-quotation"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clause_register_downloads_as_csv_with_the_pages_filters()
    {
        var response = await (await site.ClientAsync()).GetAsync("/program/klauzule.csv?tryb=open-tender");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Przedmiot zamówienia;Tryb;Wydział", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 4, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Contains("Przetarg nieograniczony", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_home_page_shows_live_counts_and_the_latest_open_needs()
    {
        var html = await GetAsync("/");
        Assert.Contains($"<strong>{await CountAsync("Entity", null)}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>76</strong>", html, StringComparison.Ordinal); // PES representatives
        Assert.Contains("<strong>47</strong>", html, StringComparison.Ordinal); // residents
        Assert.Contains("Najnowsze otwarte zapotrzebowania", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_comes_with_lang_or_the_switch_and_the_switch_returns_to_the_page()
    {
        var english = await GetAsync("/podmioty?lang=en");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Found: 207", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\">", await GetAsync("/podmioty"), StringComparison.Ordinal);

        // The header's search box and the search page speak the page's language too.
        Assert.Contains("aria-label=\"Search the site\"", english, StringComparison.Ordinal);
        var search = await GetAsync("/szukaj?q=fundacja&lang=en");
        Assert.Contains("<h1>Search</h1>", search, StringComparison.Ordinal);
        Assert.Contains("Results for “fundacja”:", search, StringComparison.Ordinal);
        Assert.Contains("Wyniki dla „fundacja”:", await GetAsync("/szukaj?q=fundacja"), StringComparison.Ordinal);

        var client = await site.ClientAsync();
        var response = await client.GetAsync("/jezyk/en?powrot=" + Uri.EscapeDataString("/podmioty?forma=fundacja"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/podmioty?forma=fundacja", response.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync("/podmioty?forma=fundacja");
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("1 234,5", 1234.5m.ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("pl-PL")).Replace('\u00A0', ' '), StringComparison.Ordinal);

        var elsewhere = await client.GetAsync("/jezyk/pl?powrot=" + Uri.EscapeDataString("//evil.example/"));
        Assert.Equal("/", elsewhere.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Taxonomy_terms_show_their_english_names_in_english_and_polish_ones_otherwise()
    {
        var entity = await GetItemAsync("sample-entity-0001");
        var legalForm = entity.GetField<TaxonomyField>("Entity", "LegalForm")!.TermContentItemIds[0];
        var (polish, english) = await site.RunAsSystemAsync(async s =>
        {
            var taxonomy = (await s.GetRequiredService<IContentManager>().GetAsync("legal-forms"))!;
            var term = taxonomy.As<TaxonomyPart>()!.Terms.Single(t => t.Id == legalForm);
            return (term.Name, term.LocalizedNames!["en"]);
        });
        Assert.NotEqual(polish, english);
        var path = "/" + entity.As<AutoroutePart>()!.Path;

        var page = await GetAsync(path + "?lang=en");
        Assert.Contains(">" + WebUtility.HtmlEncode(english) + "</a>", page, StringComparison.Ordinal);
        Assert.Contains(">" + WebUtility.HtmlEncode(polish) + "</a>", await GetAsync(path), StringComparison.Ordinal);

        var directory = await GetAsync("/podmioty?lang=en");
        Assert.Contains($"<option value=\"{legalForm}\">{WebUtility.HtmlEncode(english)}</option>", directory, StringComparison.Ordinal);
        Assert.Contains("<option value=\"rubinkowo\">Rubinkowo</option>", directory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_import_of_published_items_shows_on_the_cached_directory_at_once()
    {
        var visitor = await site.ClientAsync();
        var before = await visitor.GetStringAsync("/punkty-wsparcia");
        var count = await CountAsync("SupportPoint", null);
        Assert.Contains($"Znaleziono: {count}", before, StringComparison.Ordinal);

        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var point = await contents.NewAsync("SupportPoint");
            point.Apply(new TitlePart { Title = "Punkt wsparcia z importu" });
            point.ApplyField("SupportPoint", "SupportType", new TextField { Text = "owes" });
            await s.GetRequiredService<IContentBulkImporter>().ImportAsync([point], publish: true, validate: true);
        });

        var after = await visitor.GetStringAsync("/punkty-wsparcia");
        Assert.Contains($"Znaleziono: {count + 1}", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_editors_publish_shows_on_the_cached_public_page_at_once()
    {
        await CreateUserAsync("redaktor-miasta", RoleNames.CityEditor);
        var entity = await GetItemAsync("sample-entity-0002");
        var path = "/" + entity.As<AutoroutePart>()!.Path;
        var visitor = await site.ClientAsync();
        var before = await visitor.GetStringAsync(path);
        Assert.Contains(entity.DisplayText, before, StringComparison.Ordinal);
        Assert.Contains(entity.DisplayText, await visitor.GetStringAsync("/podmioty?q=" + Uri.EscapeDataString(entity.DisplayText)), StringComparison.Ordinal);

        var editor = await site.ClientAsync("redaktor-miasta", "Redaktor-Haslo-1");
        var json = (await editor.GetFromJsonAsync<JsonObject>("/api/content/" + entity.ContentItemId))!;
        json["TitlePart"]!["Title"] = entity.DisplayText + " (nowa nazwa)";
        (await editor.PostAsJsonAsync("/api/content", json)).EnsureSuccessStatusCode();

        Assert.Contains(entity.DisplayText + " (nowa nazwa)", await visitor.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Contains("(nowa nazwa)", await visitor.GetStringAsync("/podmioty?q=" + Uri.EscapeDataString(entity.DisplayText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_carry_an_etag_and_answer_304_and_are_compressed()
    {
        var client = await site.ClientAsync();
        var first = await client.GetAsync("/punkty-wsparcia");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/punkty-wsparcia");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/punkty-wsparcia");
        compressed.Headers.AcceptEncoding.ParseAdd("br");
        Assert.Equal("br", Assert.Single((await client.SendAsync(compressed)).Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task A_rendered_page_longer_than_one_buffer_chunk_arrives_whole_with_the_hash_of_its_bytes_as_etag()
    {
        // Uncached (the credentials header keeps the output cache out), so the ETag middleware buffers the rendering itself.
        var client = await site.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/podmioty");
        request.Headers.TryAddWithoutValidation("Authorization", "Test uncached");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(body.Length > 16 * 1024, $"The page is {body.Length} bytes; it should span more than one chunk.");
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.EndsWith("</html>", System.Text.Encoding.UTF8.GetString(body).TrimEnd(), StringComparison.Ordinal);
        var expected = "\"" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(body)[..16]) + "\"";
        Assert.Equal(expected, response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_missing_page_is_the_sites_404_page_and_apis_keep_problem_details()
    {
        var client = await site.ClientAsync();
        var page = await client.GetAsync("/podmioty/nie-ma-takiego");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Nie znaleziono strony", html, StringComparison.Ordinal);
        Assert.Contains("Identyfikator zgłoszenia", html, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/content/nie-ma-takiego");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.NotEqual("text/html", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_error_shows_the_error_page_with_the_correlation_id_in_the_log()
    {
        // A second host on the same folder: it must not open the first host's search indexes (one Lucene writer a folder).
        await using var failing = site.WithWebHostBuilder(b => b
            .UseSetting("PesTor:Search:IndexInBackground", "false")
            .ConfigureServices(s => s.AddScoped<IAccountStatistics, FailingAccountStatistics>()));
        var response = await failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Wystąpił błąd", html, StringComparison.Ordinal);
        var id = CorrelationId().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Contains(site.Log.Issues, issue => issue.Contains(nameof(FailingAccountStatistics), StringComparison.Ordinal));
        site.Log.Clear();
    }

    [Fact]
    public async Task The_sitemap_lists_published_public_items_and_robots_points_to_it()
    {
        var draftPath = await CreateDraftOfferAsync("Oferta szkic do mapy strony");
        var sitemap = await GetAsync("/sitemap.xml");
        Assert.Contains("/podmioty/", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/program</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(draftPath, sitemap, StringComparison.Ordinal);

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await GetAsync("/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_shows_a_draft_or_a_private_item_to_a_visitor()
    {
        var draftPath = await CreateDraftOfferAsync("Oferta tajny szkic");
        var need = await GetItemAsync("sample-need-0002");
        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var response = await contents.NewAsync("NeedResponse");
            response.ApplyField("NeedResponse", "Need", new ContentPickerField { ContentItemIds = [need.ContentItemId] });
            response.ApplyField("NeedResponse", "Message", new TextField { Text = "Prywatna odpowiedź z numerem 600-100-200" });
            await contents.CreateAsync(response, publish: true);
        });

        var visitor = await site.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(draftPath)).StatusCode);
        foreach (var page in new[] { "/", "/oferty", "/oferty?q=tajny", "/sitemap.xml", "/" + need.As<AutoroutePart>()!.Path })
        {
            var html = await visitor.GetStringAsync(page);
            Assert.DoesNotContain("tajny szkic", html, StringComparison.Ordinal);
            Assert.DoesNotContain("600-100-200", html, StringComparison.Ordinal);
        }

        var needPage = await visitor.GetStringAsync("/" + need.As<AutoroutePart>()!.Path);
        Assert.Matches("Odpowiedzi na zapotrzebowanie</dt>\\s*<dd>[1-9]", needPage);
    }

    private async Task<string> CreateDraftOfferAsync(string title) => await site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var draft = await contents.NewAsync("Offer");
        draft.Apply(new TitlePart { Title = title });
        draft.ApplyField("Offer", "Entity", new ContentPickerField { ContentItemIds = ["sample-entity-0001"] });
        await contents.CreateAsync(draft, publish: false);
        return "/" + draft.As<AutoroutePart>()!.Path;
    });

    private Task CreateUserAsync(string userName, string role) => site.RunAsSystemAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<PesTorUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new PesTorUser { UserName = userName, Email = userName + "@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Redaktor-Haslo-1")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    });

    private Task<ContentItem> GetItemAsync(string id) =>
        site.RunAsSystemAsync(async s => (await s.GetRequiredService<IContentManager>().GetAsync(id))!);

    private Task<int> CountAsync(string type, ContentFilter? where) =>
        site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery { ContentTypes = [type], Where = where }));

    private async Task<string> GetAsync(string url)
    {
        var response = await (await site.ClientAsync()).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private sealed class FailingAccountStatistics : IAccountStatistics
    {
        public Task<IReadOnlyDictionary<string, int>> CountByRoleAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(nameof(FailingAccountStatistics) + " fails on purpose.");
    }

    [GeneratedRegex("<li>\\s*<a href=\"/[a-z0-9-]+/[a-z0-9-]+\">")]
    private static partial Regex ResultLinks();

    [GeneratedRegex("<span>– (Otwarte|W realizacji|Zamknięte)")]
    private static partial Regex StatusWords();

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex CorrelationId();
}
