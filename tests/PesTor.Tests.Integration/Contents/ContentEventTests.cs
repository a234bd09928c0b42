using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Contents;

/// <summary>Handlers see the write path's events in Orchard's order, and a publishing handler can stop a publish.</summary>
public sealed class ContentEventTests(SqliteSite site) : IClassFixture<SqliteSite>, IAsyncLifetime
{
    public Task InitializeAsync() => site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        if (await contents.GetAsync(TestModel.LegalFormsId, VersionOptions.Latest) is null)
        {
            await ContentBuilders.LegalFormsAsync(contents);
        }
    });

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Creating_publishing_and_removing_raise_their_events_in_order()
    {
        var id = await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja [log]");
            await contents.CreateAsync(entity, publish: true);
            await contents.RemoveAsync(entity);
            return entity.ContentItemId;
        });

        Assert.Equal(
            ["Creating", "Created", "Publishing", "Published", "Removing", "Removed"],
            site.Events.Events.Where(e => e.StartsWith(id, StringComparison.Ordinal)).Select(e => e[(id.Length + 1)..]));
    }

    [Fact]
    public async Task A_publishing_handler_can_cancel_and_the_item_stays_a_draft()
    {
        await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja [hold]");
            await contents.CreateAsync(entity, publish: false);

            Assert.False(await contents.PublishAsync(entity));
            Assert.Null(await contents.GetAsync(entity.ContentItemId, VersionOptions.Published));
            Assert.NotNull(await contents.GetAsync(entity.ContentItemId, VersionOptions.Draft));
        });
    }
}
