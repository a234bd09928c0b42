using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A test class on a site of the tests' own model: the legal-forms taxonomy is there before each test, and each test ends
/// by failing on any warning or error the site logged meanwhile.
/// </summary>
public abstract class SiteTest<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    protected TSite Site { get; } = site;

    public virtual Task InitializeAsync() => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        if (await contents.GetAsync(TestModel.LegalFormsId, VersionOptions.Latest) is null)
        {
            await ContentBuilders.LegalFormsAsync(contents);
        }
    });

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }
}
