using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Contents;

/// <summary>The engine's write path and version semantics, run the same way on SQLite and PostgreSQL.</summary>
public abstract class ContentEngineTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    [Fact]
    public async Task A_draft_is_not_published_until_it_is_published()
    {
        var id = await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Draftowa");
            await contents.CreateAsync(entity, publish: false);
            Assert.Null(await contents.GetAsync(entity.ContentItemId, VersionOptions.Published));
            Assert.NotNull(await contents.GetAsync(entity.ContentItemId, VersionOptions.Draft));
            Assert.True(await contents.PublishAsync(entity));
            return entity.ContentItemId;
        });

        await Site.RunAsSystemAsync(async s =>
        {
            var published = await s.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published);
            Assert.NotNull(published);
            Assert.Equal("Fundacja Draftowa", published.DisplayText);
            Assert.Equal("podmioty/fundacja-draftowa", published.As<AutoroutePart>()!.Path);
            Assert.True(published.Latest);
            Assert.NotNull(published.PublishedUtc);
        });
    }

    [Fact]
    public async Task A_draft_over_a_published_version_leaves_the_published_one_visible_until_it_is_published()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Stowarzyszenie Wersji");
            await contents.CreateAsync(entity, publish: true);

            var draft = (await contents.GetAsync(entity.ContentItemId, VersionOptions.DraftRequired))!;
            Assert.Equal(0, draft.Id);
            draft.Apply(new TitlePart { Title = "Stowarzyszenie Wersji (zmiana)" });
            await contents.UpdateAsync(draft);

            Assert.Equal("Stowarzyszenie Wersji", (await contents.GetAsync(entity.ContentItemId, VersionOptions.Published))!.DisplayText);
            Assert.Equal("Stowarzyszenie Wersji (zmiana)", (await contents.GetAsync(entity.ContentItemId, VersionOptions.Latest))!.DisplayText);

            await contents.PublishAsync(draft);
            var versions = await contents.GetVersionsAsync(entity.ContentItemId);
            Assert.Equal(2, versions.Count);
            Assert.Single(versions, v => v.Published);
            Assert.Single(versions, v => v.Latest);
            Assert.Equal("Stowarzyszenie Wersji (zmiana)", versions.Single(v => v.Published).DisplayText);
            Assert.False(versions[0].Published || versions[0].Latest);
        });
    }

    [Fact]
    public async Task Unpublishing_keeps_the_item_as_a_draft()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Wycofana");
            await contents.CreateAsync(entity, publish: true);
            await contents.UnpublishAsync(entity);

            Assert.Null(await contents.GetAsync(entity.ContentItemId, VersionOptions.Published));
            var latest = await contents.GetAsync(entity.ContentItemId, VersionOptions.Draft);
            Assert.NotNull(latest);
            Assert.False(latest.Published);
        });
    }

    [Fact]
    public async Task Discarding_a_draft_makes_the_published_version_the_latest_again()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Odrzucona");
            await contents.CreateAsync(entity, publish: true);
            var draft = (await contents.GetAsync(entity.ContentItemId, VersionOptions.DraftRequired))!;
            draft.Apply(new TitlePart { Title = "Nie zostanie" });
            await contents.UpdateAsync(draft);

            await contents.DiscardDraftAsync(draft);

            var latest = (await contents.GetAsync(entity.ContentItemId, VersionOptions.Latest))!;
            Assert.True(latest.Published);
            Assert.Equal("Fundacja Odrzucona", latest.DisplayText);
        });
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_its_content_the_new_latest_version()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Pierwsza nazwa");
            await contents.CreateAsync(entity, publish: true);
            var firstVersion = entity.ContentItemVersionId;
            var draft = (await contents.GetAsync(entity.ContentItemId, VersionOptions.DraftRequired))!;
            draft.Apply(new TitlePart { Title = "Druga nazwa" });
            await contents.PublishAsync(draft);

            var restored = await contents.RestoreAsync(firstVersion, publish: true);

            Assert.NotEqual(firstVersion, restored.ContentItemVersionId);
            Assert.Equal("Pierwsza nazwa", (await contents.GetAsync(entity.ContentItemId, VersionOptions.Published))!.DisplayText);
            Assert.Equal(3, (await contents.GetVersionsAsync(entity.ContentItemId)).Count);
        });
    }

    [Fact]
    public async Task Removing_an_item_hides_every_version_but_keeps_the_history()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var queries = s.GetRequiredService<IContentQueryService>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Usunięta Xq");
            await contents.CreateAsync(entity, publish: true);
            await contents.RemoveAsync(entity);

            Assert.Null(await contents.GetAsync(entity.ContentItemId, VersionOptions.Latest));
            Assert.Null(await contents.GetAsync(entity.ContentItemId, VersionOptions.Published));
            Assert.Single(await contents.GetVersionsAsync(entity.ContentItemId));
            var filter = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, "Usunięta Xq");
            Assert.Equal(0, await queries.CountAsync(new ContentQuery { ContentTypes = ["Entity"], Status = ContentStatus.All, Where = filter }));
        });
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_is_a_conflict_and_overwrites_nothing()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Współbieżna");
            await contents.CreateAsync(entity, publish: false);
            var first = (await contents.GetAsync(entity.ContentItemId, VersionOptions.Latest))!;
            var second = (await contents.GetAsync(entity.ContentItemId, VersionOptions.Latest))!;

            first.Apply(new TitlePart { Title = "Pierwszy zapis" });
            await contents.UpdateAsync(first);
            second.Apply(new TitlePart { Title = "Drugi zapis" });

            await Assert.ThrowsAsync<ContentConcurrencyException>(() => contents.UpdateAsync(second));
            Assert.Equal("Pierwszy zapis", (await contents.GetAsync(entity.ContentItemId, VersionOptions.Latest))!.DisplayText);
        });
    }

    [Fact]
    public async Task Invalid_values_are_refused_with_the_field_path_and_nothing_is_stored()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Błędna");
            entity.ApplyField("Entity", "Nip", new TextField { Text = "1234567890" });
            entity.ApplyField("Entity", "Employees", new NumericField { Value = -3 });

            var error = await Assert.ThrowsAsync<ContentValidationException>(() => contents.CreateAsync(entity, publish: true));

            Assert.Contains(error.Errors, e => e.Path == "Entity.Nip");
            Assert.Contains(error.Errors, e => e.Path == "Entity.Employees");
            Assert.Empty(await contents.GetVersionsAsync(entity.ContentItemId));
        });
    }

    [Fact]
    public async Task Every_change_writes_the_outbox_in_its_own_transaction()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var outbox = s.GetRequiredService<IOutbox>();
            var before = (await outbox.ReadAfterAsync(0, 100_000)).LastOrDefault()?.Id ?? 0;

            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Skrzynki");
            await contents.CreateAsync(entity, publish: true);
            var failing = await ContentBuilders.NewEntityAsync(contents, "");
            await Assert.ThrowsAsync<ContentValidationException>(() => contents.CreateAsync(failing, publish: true));

            var messages = await outbox.ReadAfterAsync(before, 100);
            Assert.Equal([OutboxTopics.ContentCreated, OutboxTopics.ContentPublished], messages.Select(m => m.Topic));
            Assert.All(messages, m => Assert.Equal(entity.ContentItemId, m.ContentItemId));
        });
    }

    [Fact]
    public async Task A_list_by_one_field_value_follows_publish_draft_unpublish_and_remove()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var queries = s.GetRequiredService<IContentQueryService>();
            var query = new ContentQuery
            {
                ContentTypes = ["Entity"],
                Where = ContentFilter.ByField("Entity", "LegalForm", FilterOperator.Eq, "spoldzielnia_socjalna"),
            };

            async Task<List<string>> TitlesAsync() => [.. (await queries.ListAsync(query)).Items.Select(i => i.DisplayText)];

            var first = await ContentBuilders.NewEntityAsync(contents, "Spółdzielnia B", "spoldzielnia_socjalna");
            await contents.CreateAsync(first, publish: false);
            Assert.Empty(await TitlesAsync());

            await contents.PublishAsync(first);
            var second = await ContentBuilders.NewEntityAsync(contents, "Spółdzielnia A", "spoldzielnia_socjalna");
            await contents.CreateAsync(second, publish: true);
            Assert.Equal(["Spółdzielnia A", "Spółdzielnia B"], await TitlesAsync());
            Assert.Equal(2, await queries.CountAsync(query));

            var draft = (await contents.GetAsync(first.ContentItemId, VersionOptions.DraftRequired))!;
            draft.Apply(new TitlePart { Title = "Spółdzielnia C" });
            await contents.UpdateAsync(draft);
            Assert.Equal(["Spółdzielnia A", "Spółdzielnia B"], await TitlesAsync());

            await contents.PublishAsync(draft);
            Assert.Equal(["Spółdzielnia A", "Spółdzielnia C"], await TitlesAsync());

            await contents.UnpublishAsync(second);
            Assert.Equal(["Spółdzielnia C"], await TitlesAsync());

            await contents.RemoveAsync(draft);
            Assert.Empty(await TitlesAsync());
            Assert.Equal(0, await queries.CountAsync(query));
        });
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_published_version_of_an_item()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var store = s.GetRequiredService<IContentStore>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Unikalna");
            await contents.CreateAsync(entity, publish: true);

            var copy = (await store.GetPublishedAsync(entity.ContentItemId))!;
            copy.Id = 0;
            copy.ContentItemVersionId = "second-published-" + Guid.NewGuid().ToString("N");
            copy.Latest = false;

            await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(copy, []));
        });
        Site.Log.Forget("Microsoft.EntityFrameworkCore.Database.Command");
        Site.Log.Forget("Microsoft.EntityFrameworkCore.Update");
    }
}

public sealed class SqliteContentEngineTests(SqliteSite site) : ContentEngineTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresContentEngineTests(PostgresSite site) : ContentEngineTests<PostgresSite>(site), IClassFixture<PostgresSite>;
