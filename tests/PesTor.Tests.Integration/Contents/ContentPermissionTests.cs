using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Security;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Contents;

/// <summary>Permissions are checked in the service layer: every read and write through the engine honours them.</summary>
public abstract class ContentPermissionTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    [Fact]
    public async Task Anonymous_visitors_see_published_items_of_public_types_only()
    {
        var (publishedId, draftId) = await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var published = await ContentBuilders.NewEntityAsync(contents, "Publiczna Fundacja");
            await contents.CreateAsync(published, publish: true);
            var draft = await ContentBuilders.NewEntityAsync(contents, "Szkic Fundacji");
            await contents.CreateAsync(draft, publish: false);
            return (published.ContentItemId, draft.ContentItemId);
        });

        await Site.RunAsAsync(null, async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var queries = s.GetRequiredService<IContentQueryService>();
            Assert.NotNull(await contents.GetAsync(publishedId));
            Assert.Null(await contents.GetAsync(draftId, VersionOptions.Latest));
            Assert.Null(await contents.GetAsync(publishedId, VersionOptions.DraftRequired));
            Assert.Empty((await queries.ListAsync(new ContentQuery { ContentTypes = ["Entity"], Status = ContentStatus.Draft })).Items);
        });
    }

    [Fact]
    public async Task A_private_type_is_invisible_to_visitors_and_to_other_users()
    {
        var responseId = "";
        await Site.RunAsAsync("editor1", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var response = await contents.NewAsync("NeedResponse");
            response.Apply(new TitlePart { Title = "Odpowiedź edytora 1" });
            response.ApplyField("NeedResponse", "Message", new TextField { Text = "Możemy pomóc." });
            await contents.CreateAsync(response, publish: false);
            responseId = response.ContentItemId;
            Assert.NotNull(await contents.GetAsync(responseId, VersionOptions.Latest));
        });

        await Site.RunAsAsync(null, async s =>
        {
            Assert.Empty((await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery { ContentTypes = ["NeedResponse"], Status = ContentStatus.Latest })).Items);
            Assert.Null(await s.GetRequiredService<IContentManager>().GetAsync(responseId, VersionOptions.Latest));
        });
        await Site.RunAsAsync("editor2", async s =>
        {
            Assert.Empty((await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery { ContentTypes = ["NeedResponse"], Status = ContentStatus.Latest })).Items);
            Assert.Null(await s.GetRequiredService<IContentManager>().GetAsync(responseId, VersionOptions.Latest));
        });
    }

    [Fact]
    public async Task Own_permissions_let_a_user_change_their_items_and_nobody_elses()
    {
        var entityId = await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Ofert");
            await contents.CreateAsync(entity, publish: true);
            return entity.ContentItemId;
        });

        var offerId = "";
        await Site.RunAsAsync("editor1", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var offer = await ContentBuilders.NewOfferAsync(contents, "Catering edytora 1", entityId);
            await contents.CreateAsync(offer, publish: true);
            offerId = offer.ContentItemId;

            var draft = (await contents.GetAsync(offerId, VersionOptions.DraftRequired))!;
            draft.Apply(new TitlePart { Title = "Catering edytora 1 (nowa cena)" });
            await contents.PublishAsync(draft);
        });

        await Site.RunAsAsync("editor2", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var visible = (await contents.GetAsync(offerId))!;
            Assert.Null(await contents.GetAsync(offerId, VersionOptions.DraftRequired));
            visible.Apply(new TitlePart { Title = "Przejęte" });
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.UpdateAsync(visible));
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.RemoveAsync(visible));
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.UnpublishAsync(visible));

            var entity = await ContentBuilders.NewEntityAsync(contents, "Nie wolno");
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.CreateAsync(entity, publish: false));
        });

        await Site.RunAsSystemAsync(async s =>
            Assert.Equal("Catering edytora 1 (nowa cena)", (await s.GetRequiredService<IContentManager>().GetAsync(offerId))!.DisplayText));
    }

    [Fact]
    public async Task A_user_cannot_take_over_an_item_by_posting_a_different_owner()
    {
        var offerId = "";
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Fundacja Właściciela");
            await contents.CreateAsync(entity, publish: true);
            var offer = await ContentBuilders.NewOfferAsync(contents, "Oferta administratora", entity.ContentItemId);
            offer.Owner = Site.AdminUserId;
            await contents.CreateAsync(offer, publish: true);
            offerId = offer.ContentItemId;
        });

        await Site.RunAsAsync("editor1", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var offer = (await contents.GetAsync(offerId))!;
            offer.Owner = "someone-else";
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.UpdateAsync(offer));
        });
    }
}

public sealed class SqliteContentPermissionTests(SqliteSite site) : ContentPermissionTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresContentPermissionTests(PostgresSite site) : ContentPermissionTests<PostgresSite>(site), IClassFixture<PostgresSite>;
