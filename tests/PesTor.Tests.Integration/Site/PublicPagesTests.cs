using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Site;

/// <summary>The entity base and the item pages, as a visitor gets them over HTTP on the sample data.</summary>
public sealed partial class PublicPagesTests(SqliteSampleSite site) : IClassFixture<SqliteSampleSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_entity_base_lists_twenty_of_all_published_entities()
    {
        var html = await GetAsync("/podmioty");
        Assert.Contains("Znaleziono: 207", html, StringComparison.Ordinal);
        Assert.Equal(20, EntityLinks().Matches(html).Count);
        Assert.Contains("Strona 1 z 11", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_stay_in_the_query_string_and_narrow_the_list()
    {
        var expected = await site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
        {
            ContentTypes = ["Entity"],
            Where = ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "fundacja"),
        }));

        var html = await GetAsync("/podmioty?forma=fundacja");

        Assert.Contains($"Znaleziono: {expected}", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fundacja\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.All(ListLines().Matches(html), line => Assert.Contains("Fundacja", line.Value, StringComparison.Ordinal));
        if (expected > 20)
        {
            Assert.Contains("/podmioty?forma=fundacja&amp;strona=2", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_empty_result_says_so_and_suggests_widening_the_filters()
    {
        var html = await GetAsync("/podmioty?q=zzzz-nie-ma-takiego");
        Assert.Contains("Znaleziono: 0", html, StringComparison.Ordinal);
        Assert.Contains("Spróbuj usunąć któryś z filtrów", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/podmioty?strona=2147483647")]
    [InlineData("/podmioty?strona=-3")]
    [InlineData("/podmioty?strona=abc")]
    public async Task Any_page_number_in_the_address_is_answered(string url) =>
        Assert.Contains("Znaleziono: 207", await GetAsync(url), StringComparison.Ordinal);

    [Fact]
    public async Task An_entity_page_shows_its_public_data_by_its_path()
    {
        var entity = await site.RunAsSystemAsync(async s => (await s.GetRequiredService<IContentManager>().GetAsync("sample-entity-0001"))!);
        var html = await GetAsync("/" + entity.As<AutoroutePart>()!.Path);

        Assert.Contains(entity.DisplayText, html, StringComparison.Ordinal);
        Assert.Contains(entity.GetField<TextField>("Entity", "Nip")!.Text!, html, StringComparison.Ordinal);
        Assert.Contains(entity.As<AddressPart>()!.Street!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_page_never_shows_the_requesters_e_mail()
    {
        var need = await site.RunAsSystemAsync(async s => (await s.GetRequiredService<IContentManager>().GetAsync("sample-need-0001"))!);
        var email = need.GetField<TextField>("Need", "ContactEmail")?.Text;
        var html = await GetAsync("/" + need.As<AutoroutePart>()!.Path);

        Assert.Contains(need.DisplayText, html, StringComparison.Ordinal);
        Assert.False(email is not null && html.Contains(email, StringComparison.OrdinalIgnoreCase), "The requester's e-mail is on the public page.");
    }

    [Fact]
    public async Task Unknown_paths_and_drafts_are_404()
    {
        var visitor = await site.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/podmioty/nie-ma-takiego-podmiotu")).StatusCode);

        var path = await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var draft = await contents.NewAsync("Entity");
            draft.Apply(new TitlePart { Title = "Fundacja Jeszcze Nieopublikowana" });
            draft.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] });
            await contents.CreateAsync(draft, publish: false);
            return draft.As<AutoroutePart>()!.Path!;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/" + path)).StatusCode);
    }

    private async Task<string> GetAsync(string url)
    {
        var response = await (await site.ClientAsync()).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<a href=\"/podmioty/[a-z0-9-]+\">")]
    private static partial Regex EntityLinks();

    [GeneratedRegex("<li>\\s*<a href=\"/podmioty/[^\"]+\">[^<]*</a>\\s*<span>[^<]*</span>")]
    private static partial Regex ListLines();
}
