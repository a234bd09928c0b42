using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Search.Services;
using PesTor.Security;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Search;

/// <summary>
/// The search page and the header's suggestions box on the sample data, and the admin content list finding a draft by a
/// word of its body, by keyboard, checked with axe-core.
/// </summary>
public sealed class SearchPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_search_page_pages_and_filters_by_type_the_header_box_suggests_and_the_admin_list_finds_drafts_by_keyboard()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR",
            AdminUserName = "admin",
            AdminEmail = "admin@example.org",
            AdminPassword = "Haslo-Bezpieczne-1",
            RecipeName = "pestor-torun",
            SampleData = true,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        await Site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

        // Without diacritics, from the page's own form, submitted by keyboard.
        await Page.GotoAsync(Site.Url("/szukaj"));
        await AssertAccessibleAsync(Page);
        await Page.FocusAsync("#search-page-q");
        await Page.Keyboard.TypeAsync("spoldzielnia");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/szukaj?q=spoldzielnia");
        await Assertions.Expect(Page.Locator("p[role=status]")).ToContainTextAsync("Wyniki dla „spoldzielnia”");
        await Assertions.Expect(Page.Locator("ol.search-results > li")).ToHaveCountAsync(10);
        await Assertions.Expect(Page.Locator("ol.search-results > li h2").First).ToContainTextAsync("Spółdzielnia", new() { IgnoreCase = true });
        await AssertAccessibleAsync(Page);

        await Page.Locator("a[rel=next]").ClickAsync();
        await Page.WaitForURLAsync("**/szukaj?q=spoldzielnia&strona=2");
        await Assertions.Expect(Page.Locator("nav[aria-label='Strony wyników'] [aria-current=page]")).ToContainTextAsync("Strona 2");

        // Narrow to one type: every result then has that type.
        await Page.GotoAsync(Site.Url("/szukaj?q=torun"));
        var typeLink = Page.Locator("nav[aria-label='Rodzaj treści'] a").First;
        var typeName = (await typeLink.InnerTextAsync()).Split(" (")[0];
        await typeLink.ClickAsync();
        await Page.WaitForURLAsync("**/szukaj?q=torun&typ=*");
        foreach (var type in await Page.Locator("ol.search-results .search-type").AllInnerTextsAsync())
        {
            Assert.Equal(typeName, type);
        }

        await AssertAccessibleAsync(Page);

        // The header box: suggestions as a listbox, chosen with the arrow keys and Enter.
        await Page.GotoAsync(Site.Url("/"));
        await Page.FocusAsync("#search-box-q");
        await Page.Keyboard.TypeAsync("spoldz");
        var options = Page.Locator("#search-box-list [role=option]");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#search-box-q")).ToHaveAttributeAsync("aria-expanded", "true");
        await AssertAccessibleAsync(Page);
        var first = await options.First.InnerTextAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(Page.Locator("#search-box-q")).ToHaveAttributeAsync("aria-activedescendant", "search-box-option-0");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(first);

        // Escape closes the list; Enter without a chosen suggestion searches for the text.
        await Page.FocusAsync("#search-box-q");
        await Page.Keyboard.TypeAsync("fundacja");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Page.Locator("#search-box-list")).ToBeHiddenAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/szukaj?q=fundacja");

        // The admin content list: a draft found by a word of its body, typed without diacritics.
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
            var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var draft = await contents.NewAsync("Entity");
            draft.Apply(new TitlePart { Title = "Pracownia Plecionkarska" });
            draft.Apply(new HtmlBodyPart { Html = "<p>Kosze z wikliny i źdźbeł trawy.</p>" });
            draft.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] });
            await contents.CreateAsync(draft, publish: false);
        }

        await Site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        var login = await Page.Context.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "admin", password = "Haslo-Bezpieczne-1" } });
        Assert.Equal(204, login.Status);
        await Page.GotoAsync(Site.Url("/admin/tresci"));
        await Assertions.Expect(Page.Locator("label[for=q]")).ToHaveTextAsync("Tytuł lub treść zawiera");
        await Page.FocusAsync("#q");
        await Page.Keyboard.TypeAsync("zdzbel");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/admin/tresci?*q=zdzbel*");
        var rows = Page.Locator("table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Pracownia Plecionkarska");
        await AssertAccessibleAsync(Page);
    }
}
