using Microsoft.Playwright;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Site;

/// <summary>
/// The public site in Chromium on the sample data: every page type from the lists to the detail pages, each directory's
/// filters used from the keyboard, the language switch, the skip link — each page checked with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class PublicSiteBrowserTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>, IAsyncLifetime
{
    private BrowserPage? _page;

    private IPage Page => _page!.Page;

    public async Task InitializeAsync() => _page = await fixture.Browser.NewPageAsync(fixture.Site.BaseAddress);

    public async Task DisposeAsync()
    {
        try
        {
            _page?.AssertNoProblems();
            fixture.Site.AssertNoLoggedIssues();
        }
        finally
        {
            if (_page is not null)
            {
                await _page.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("/podmioty", "f-forma")]
    [InlineData("/oferty", "f-kategoria")]
    [InlineData("/zapotrzebowania", "f-zglaszajacy")]
    [InlineData("/bank-sprzetu", "f-dostepnosc")]
    [InlineData("/lokale", "f-status")]
    [InlineData("/punkty-wsparcia", "f-rodzaj")]
    public async Task A_directory_is_accessible_filters_by_keyboard_and_opens_its_detail_pages(string path, string select)
    {
        await Page.GotoAsync(path);
        await Accessibility.AssertAccessibleAsync(Page);
        var total = await StatusAsync();

        // Choose the first real option with the keyboard and submit with Enter from the select's form.
        await Page.FocusAsync("#" + select);
        await Page.Keyboard.PressAsync("ArrowDown");
        var value = await Page.InputValueAsync("#" + select);
        Assert.NotEqual("", value);
        await Page.Locator("form.filters button[type=submit]").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**{path}?*{select[2..]}={value}*");
        Assert.True(await StatusAsync() <= total);
        await Accessibility.AssertAccessibleAsync(Page);

        // Back to the whole list, open the first item.
        await Page.GotoAsync(path);
        var first = Page.Locator("ul.results a").First;
        var name = await first.InnerTextAsync();
        await first.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**{path}/*");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(name);
        await Accessibility.AssertAccessibleAsync(Page);
    }

    [Theory]
    [InlineData("/podmioty", "f-opp")]
    [InlineData("/lokale", "f-dostepny")]
    public async Task A_checkbox_filter_works_with_the_space_key(string path, string checkbox)
    {
        await Page.GotoAsync(path);
        await Page.FocusAsync("#" + checkbox);
        await Page.Keyboard.PressAsync("Space");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**{path}?*{checkbox[2..]}=tak*");
        await Assertions.Expect(Page.Locator("#" + checkbox)).ToBeCheckedAsync();
        await Accessibility.AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task The_area_range_and_an_empty_result_are_accessible_and_suggest_widening()
    {
        await Page.GotoAsync("/lokale");
        await Page.FillAsync("#f-powierzchnia-od", "10000");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/lokale?*powierzchnia-od=10000*");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync("Znaleziono: 0");
        await Assertions.Expect(Page.GetByText("Spróbuj usunąć któryś z filtrów", new() { Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task Home_program_and_event_pages_are_accessible_and_linked()
    {
        await Page.GotoAsync("/");
        await Accessibility.AssertAccessibleAsync(Page);
        await Assertions.Expect(Page.Locator("ul.counters li")).ToHaveCountAsync(8);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu główne" }).GetByRole(AriaRole.Link, new() { Name = "Program" }).ClickAsync();
        await Page.WaitForURLAsync("**/program");
        await Accessibility.AssertAccessibleAsync(Page);

        await Page.SelectOptionAsync("#f-tryb", "request-for-quotation");
        await Page.Locator("form.filters button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync("**/program?*tryb=request-for-quotation*");
        await Assertions.Expect(Page.Locator("#klauzule ~ .table-wrap table").First.Locator("tbody tr")).ToHaveCountAsync(3);
        await Accessibility.AssertAccessibleAsync(Page);

        foreach (var prefix in new[] { "/szkolenia/", "/wizyty-studyjne/", "/wydarzenia/" })
        {
            await Page.GotoAsync("/program");
            await Page.Locator($"a[href^='{prefix}']").First.ClickAsync();
            await Page.WaitForURLAsync($"**{prefix}*");
            await Accessibility.AssertAccessibleAsync(Page);
        }

        await Page.GotoAsync("/program");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Pełny tekst programu" }).ClickAsync();
        await Page.WaitForURLAsync("**/program/*");
        await Accessibility.AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task The_language_switch_keeps_the_page_and_sets_lang()
    {
        await Page.GotoAsync("/podmioty?forma=fundacja");
        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Page.WaitForURLAsync("**/podmioty?forma=fundacja");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Social economy entity base");
        await Accessibility.AssertAccessibleAsync(Page);

        // The cookie keeps English on the next page too.
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Polski" }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_to_the_content()
    {
        await Page.GotoAsync("/");
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.Locator("a.skip")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_not_found_page_is_accessible()
    {
        var response = await Page.GotoAsync("/podmioty/nie-ma-takiego-podmiotu");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Nie znaleziono strony");
        await Accessibility.AssertAccessibleAsync(Page);

        // Chromium reports the page's own 404 status on the console; that is the point of this page.
        _page!.Forget("status of 404 (Not Found)");
    }

    private async Task<int> StatusAsync()
    {
        var text = await Page.Locator("main").GetByRole(AriaRole.Status).InnerTextAsync();
        return int.Parse(text.Split(':')[1].Trim().Replace("\u00A0", "").Replace(" ", ""), System.Globalization.CultureInfo.InvariantCulture);
    }
}
