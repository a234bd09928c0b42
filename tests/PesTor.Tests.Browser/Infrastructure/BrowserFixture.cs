using Microsoft.Playwright;

namespace PesTor.Tests.Browser.Infrastructure;

/// <summary>
/// One Playwright driver and one headless Chromium per test class (xUnit class fixture). It is Debian's Chromium
/// (<c>/usr/bin/chromium</c>, installed by scripts/test.sh); Playwright's own browser downloads are never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Run the tests with scripts/test.sh, which installs Debian's chromium package.");
        }

        // Expectations wait as long as actions do: on a loaded 2-core machine an upload that makes image variants, or the
        // first render of a page, can take more than the default 5 seconds; a wrong page still fails, only later.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (no cookies, no storage) and page that records console errors and uncaught page errors.</summary>
    public async Task<BrowserPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "pl-PL",
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
