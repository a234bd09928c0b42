using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Site;

/// <summary>The public pages on the sample data pass axe-core (WCAG 2.1 AA) and work from the keyboard.</summary>
public sealed class PublicPagesAccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Home_entity_base_and_an_entity_page_have_no_accessibility_violations_and_filters_work_by_keyboard()
    {
        await SetUpWithSampleDataAsync();

        await Page.GotoAsync(Site.Url("/"));
        await AssertAccessibleAsync(Page);

        await Page.GotoAsync(Site.Url("/podmioty"));
        await AssertAccessibleAsync(Page);

        // Choose a legal form and submit with the keyboard alone.
        await Page.FocusAsync("#forma");
        await Page.SelectOptionAsync("#forma", "fundacja");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/podmioty?*forma=fundacja*");
        await AssertAccessibleAsync(Page);

        await Page.Locator("ul.results a").First.ClickAsync();
        await Page.WaitForURLAsync("**/podmioty/*");
        await Assertions.Expect(Page.Locator("h1")).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);
    }

    private async Task SetUpWithSampleDataAsync()
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
    }
}
