using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Browser.Site;

/// <summary>
/// The error page a visitor meets when a page fails (500): in the site's layout, accessible, with the correlation id
/// that finds the error in the log, in Polish and in English, and with links that lead on — by keyboard too.
/// The failure is real: the home page's account counts come from a service that throws.
/// </summary>
public sealed class ErrorPageBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override BrowserSite CreateSite() => new()
    {
        ReplaceServices = services => services.AddScoped<IAccountStatistics, FailingAccountStatistics>(),
    };

    [Fact]
    public async Task A_failing_page_shows_an_accessible_error_page_with_the_correlation_id_from_the_log()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR", AdminUserName = "admin", AdminEmail = "admin@example.org", AdminPassword = "Haslo-Bezpieczne-1", RecipeName = "pestor-torun",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));

        var response = await Page.GotoAsync("/");
        Assert.Equal(500, response!.Status);
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Wystąpił błąd");
        var id = await Page.Locator("main code").InnerTextAsync();
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Contains(Site.Log.Issues, issue => issue.Contains(id, StringComparison.Ordinal) && issue.Contains(nameof(FailingAccountStatistics), StringComparison.Ordinal));
        await AssertAccessibleAsync(Page);

        // The way on works from the keyboard: the skip link first, then the page's own links.
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.Locator("a.skip")).ToBeFocusedAsync();
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Baza podmiotów" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/podmioty");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Baza podmiotów ekonomii społecznej");

        response = await Page.GotoAsync("/?lang=en");
        Assert.Equal(500, response!.Status);
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("An error occurred");
        await AssertAccessibleAsync(Page);

        // The failures were on purpose: Chromium reports the 500 status, the site logs the two errors.
        BrowserPage.Forget("status of 500 (Internal Server Error)");
        Site.Log.Clear();
    }

    private sealed class FailingAccountStatistics : IAccountStatistics
    {
        public Task<IReadOnlyDictionary<string, int>> CountByRoleAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(nameof(FailingAccountStatistics) + " fails on purpose.");
    }
}
