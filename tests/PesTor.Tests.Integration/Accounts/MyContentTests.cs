using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Tests.Integration.Admin;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.Accounts.AccountPages;

namespace PesTor.Tests.Integration.Accounts;

/// <summary>"Moje konto": residents' needs wait for moderation; representatives publish their own items.</summary>
public abstract class MyContentTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public async Task InitializeAsync() => await AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_residents_need_waits_as_a_draft_until_a_city_editor_publishes_it()
    {
        var resident = await RegisterVerifiedAsync(site, NewLogin("mieszk"), "resident");
        var form = await AdminForms.GetPageAsync(resident, "/konto/moje/edycja?typ=Need");
        Assert.DoesNotContain("value=\"publikuj\"", form, StringComparison.Ordinal);
        var title = "Potrzebna rampa " + Guid.NewGuid().ToString("N")[..6];
        var bad = await AdminForms.PostAsync(resident, "/konto/moje/edycja?typ=Need", form,
            [new("Input.Title", title), new("Input.Quantity", "dwie"), new("Input.NeededBy", "31.12.2026"), new("zapis", "publikuj")]);
        var html = await BodyAsync(bad);
        Assert.Contains("Wpisz liczbę.", html, StringComparison.Ordinal);
        Assert.Contains("Podaj datę w postaci RRRR-MM-DD.", html, StringComparison.Ordinal);

        var saved = await AdminForms.PostAsync(resident, "/konto/moje/edycja?typ=Need", form,
            [new("Input.Title", title), new("Input.Quantity", "2"), new("Input.NeededBy", "2026-12-31"), new("Input.ContactEmail", "jan@example.org"), new("zapis", "publikuj")]);
        Assert.Equal("/konto/moje?zrobione=moderacja", saved.Headers.Location!.OriginalString);

        var mine = await BodyAsync(await resident.GetAsync("/konto/moje"));
        Assert.Contains(title, mine, StringComparison.Ordinal);
        Assert.Contains("czeka na moderację", mine, StringComparison.Ordinal);
        var need = await site.RunAsSystemAsync(async s => (await s.GetRequiredService<PesTor.Queries.IContentQueryService>().ListAsync(new PesTor.Queries.ContentQuery
        {
            ContentTypes = ["Need"], Status = PesTor.Queries.ContentStatus.Latest,
            Where = PesTor.Queries.ContentFilter.ByColumn(PesTor.Queries.ContentColumn.DisplayText, PesTor.Queries.FilterOperator.Eq, title),
        })).Items.Single());
        Assert.False(need.Published);
        Assert.Equal("resident", need.GetField<PesTor.ContentFields.TextField>("Need", "RequesterType")!.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(site).GetAsync($"/api/content/{need.ContentItemId}")).StatusCode);

        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        Assert.Contains(title, await BodyAsync(await editor.GetAsync("/admin")), StringComparison.Ordinal);

        // Someone else's need is not theirs to open.
        var other = await RegisterVerifiedAsync(site, NewLogin("mieszk"), "resident");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/konto/moje/edycja?id={need.ContentItemId}")).StatusCode);
    }

    [Fact]
    public async Task A_representative_publishes_and_unpublishes_an_offer_of_their_entity()
    {
        var entity = await site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync("Entity");
            item.Apply(new PesTor.ContentParts.TitlePart { Title = "Spółdzielnia Ofertowa " + Guid.NewGuid().ToString("N")[..4] });
            item.ApplyField("Entity", "LegalForm", new PesTor.ContentFields.TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] });
            await contents.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });
        var login = NewLogin("pes");
        var representative = await RegisterVerifiedAsync(site, login, "pes");
        await site.RunAsSystemAsync(async s =>
        {
            var users = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PesTor.Users.PesTorUser>>();
            await users.AddClaimAsync((await users.FindByNameAsync(login))!, new System.Security.Claims.Claim(PesTor.Security.PesTorClaimTypes.RepresentedEntity, entity));
        });

        var title = "Catering na 50 osób " + Guid.NewGuid().ToString("N")[..6];
        var form = await AdminForms.GetPageAsync(representative, "/konto/moje/edycja?typ=Offer");
        var foreign = await AdminForms.PostAsync(representative, "/konto/moje/edycja?typ=Offer", form,
            [new("Input.Title", title), new("Input.EntityId", "someone-elses-entity"), new("zapis", "publikuj")]);
        Assert.Contains("Wybierz swój podmiot", await BodyAsync(foreign), StringComparison.Ordinal);
        var published = await AdminForms.PostAsync(representative, "/konto/moje/edycja?typ=Offer", form,
            [new("Input.Title", title), new("Input.EntityId", entity), new("Input.Kind", "service"), new("Input.Price", "1 250,50"), new("zapis", "publikuj")]);
        Assert.Equal("/konto/moje?zrobione=opublikowano", published.Headers.Location!.OriginalString);

        var list = await AdminForms.GetPageAsync(representative, "/konto/moje");
        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains("opublikowane", list, StringComparison.Ordinal);
        var offerId = await site.RunAsSystemAsync(async s => (await s.GetRequiredService<PesTor.Queries.IContentQueryService>().ListAsync(new PesTor.Queries.ContentQuery
        {
            ContentTypes = ["Offer"], Where = PesTor.Queries.ContentFilter.ByColumn(PesTor.Queries.ContentColumn.DisplayText, PesTor.Queries.FilterOperator.Eq, title),
        })).Items.Single().ContentItemId);
        Assert.Equal(HttpStatusCode.OK, (await Client(site).GetAsync($"/api/content/{offerId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(representative, "/konto/moje?handler=Unpublish", list, [new("id", offerId)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(site).GetAsync($"/api/content/{offerId}")).StatusCode);
        Assert.Contains("szkic", await BodyAsync(await representative.GetAsync("/konto/moje")), StringComparison.Ordinal);
    }
}

public sealed class SqliteMyContentTests(SqliteTorunSite site) : MyContentTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresMyContentTests(PostgresTorunSite site) : MyContentTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
