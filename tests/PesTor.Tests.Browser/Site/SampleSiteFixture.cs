using Microsoft.Extensions.DependencyInjection;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Site;

/// <summary>One real site with the Toruń recipe and sample data, set up once for a whole test class, and the browser.</summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public BrowserSite Site { get; } = new();

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        Site.Start();
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

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Browser.DisposeAsync();
    }
}
