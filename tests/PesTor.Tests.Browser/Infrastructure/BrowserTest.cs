using Microsoft.Playwright;

namespace PesTor.Tests.Browser.Infrastructure;

/// <summary>
/// Base of a browser test class: each test gets its own un-set-up <see cref="BrowserSite"/> and a fresh page in the class's
/// shared Chromium. After the test, any console error, page error or unexpected logged warning/error fails it.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BrowserSite? _site;
    private BrowserPage? _page;

    protected BrowserSite Site => _site ?? throw new InvalidOperationException("The site is not started.");

    protected BrowserPage BrowserPage => _page ?? throw new InvalidOperationException("The page is not open.");

    protected IPage Page => BrowserPage.Page;

    public async Task InitializeAsync()
    {
        _site = CreateSite().Start();
        _page = await browser.NewPageAsync(_site.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        try
        {
            _page?.AssertNoProblems();
            _site?.AssertNoLoggedIssues();
        }
        finally
        {
            if (_page is not null)
            {
                await _page.DisposeAsync();
            }

            if (_site is not null)
            {
                await _site.DisposeAsync();
            }
        }
    }

    /// <summary>The test's site, not yet started; a class may replace services in it (<see cref="BrowserSite.ReplaceServices"/>).</summary>
    protected virtual BrowserSite CreateSite() => new();

    protected static Task AssertAccessibleAsync(IPage page) => Accessibility.AssertAccessibleAsync(page);
}
