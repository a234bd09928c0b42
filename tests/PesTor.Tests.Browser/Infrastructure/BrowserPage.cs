using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PesTor.Tests.Browser.Infrastructure;

/// <summary>A page in its own browser context; remembers every console error and uncaught script error it sees.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _problems = new();

    internal BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsFaviconRequest(message) && !IsOutsideWorldUnreachable(message))
            {
                _problems.Enqueue($"console error at {message.Location}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"page error: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>Fails if the page logged any console error or threw any uncaught script error so far.</summary>
    public void AssertNoProblems()
    {
        var problems = _problems.ToList();
        Assert.True(problems.Count == 0, "The browser reported errors:\n" + string.Join("\n", problems));
    }

    /// <summary>Forgets the problems that contain <paramref name="containing"/>: ones a test caused on purpose (a 404 page).</summary>
    public void Forget(string containing)
    {
        var kept = _problems.Where(p => !p.Contains(containing, StringComparison.Ordinal)).ToList();
        _problems.Clear();
        foreach (var problem in kept)
        {
            _problems.Enqueue(problem);
        }
    }

    /// <summary>
    /// Forgets failed resource loads (a test that refuses requests on purpose, e.g. map tiles, has checked them itself);
    /// script errors and other console errors stay.
    /// </summary>
    public void ForgetResourceFailures() => Forget("Failed to load resource");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    /// <summary>
    /// The test machines have no internet: a resource on another host (the map's tile server) fails with a name that
    /// does not resolve. That is the machine, not the page; failures of the site's own resources (loopback) still count.
    /// </summary>
    private static bool IsOutsideWorldUnreachable(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource: net::ERR_NAME_NOT_RESOLVED", StringComparison.Ordinal)
        && Uri.TryCreate(message.Location.Split(' ')[0], UriKind.Absolute, out var url)
        && !url.IsLoopback;

    /// <summary>
    /// Chromium asks every site for /favicon.ico on its own and logs a console error when there is none; no page asked
    /// for it, so it is not the page's error.
    /// </summary>
    private static bool IsFaviconRequest(IConsoleMessage message)
    {
        // Location is "URL:line:column".
        var location = message.Location;
        for (var i = 0; i < 2 && location.LastIndexOf(':') is var colon and > 0; i++)
        {
            location = location[..colon];
        }

        return message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
            && Uri.TryCreate(location, UriKind.Absolute, out var url)
            && url.AbsolutePath == "/favicon.ico";
    }
}
