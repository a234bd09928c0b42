using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Admin;

/// <summary>Who reaches /admin, and what the dashboard shows a city editor.</summary>
public abstract class AdminAccessTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public Task InitializeAsync() => AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        var response = await (await site.ClientAsync()).GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/logowanie?ReturnUrl=%2Fadmin", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_resident_gets_a_403_page_that_says_why()
    {
        var client = await site.ClientAsync(AdminAccounts.Resident, AdminAccounts.Password);
        var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/odmowa-dostepu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Brak dostępu", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_editor_sees_the_dashboard_with_counts_per_type()
    {
        var html = await AdminForms.GetPageAsync(await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password), "/admin");

        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Pulpit</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Zalogowano jako redaktor", html, StringComparison.Ordinal);
        Assert.Contains("Treści według typu", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/tresci?typ=Indicator\">Wskaźnik</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"detail\">– 7</span>", html, StringComparison.Ordinal); // 7 indicators, 7 social clauses
        Assert.Contains("<a href=\"/admin\" aria-current=\"page\">Pulpit</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_residents_need_waits_on_the_dashboard_for_moderation()
    {
        var title = "Potrzebny wózek dla seniora " + Guid.NewGuid().ToString("N")[..6];
        await site.RunAsAsync(AdminAccounts.Resident, async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var need = await contents.NewAsync("Need");
            need.Apply(new TitlePart { Title = title });
            need.ApplyField("Need", "RequesterType", new TextField { Text = "resident" });
            await contents.CreateAsync(need, publish: false);
        });

        var editorHtml = await AdminForms.GetPageAsync(await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password), "/admin");
        Assert.Contains("Czeka na moderację", editorHtml, StringComparison.Ordinal);
        Assert.Contains(title, editorHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_own_drafts_are_on_the_dashboard_and_others_drafts_are_not()
    {
        var mine = "Szkic redaktora " + Guid.NewGuid().ToString("N")[..6];
        var theirs = "Szkic administratora " + Guid.NewGuid().ToString("N")[..6];
        await CreateDraftArticleAsync(AdminAccounts.CityEditor, mine);
        await CreateDraftArticleAsync("admin", theirs);

        var html = await AdminForms.GetPageAsync(await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password), "/admin");

        Assert.Contains("Moje szkice", html, StringComparison.Ordinal);
        Assert.Contains(mine, html, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, html, StringComparison.Ordinal);
    }

    private Task CreateDraftArticleAsync(string userName, string title) => site.RunAsAsync(userName, async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var article = await contents.NewAsync("Article");
        article.Apply(new TitlePart { Title = title });
        await contents.CreateAsync(article, publish: false);
    });

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        var client = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var refused = await client.PostAsync("/admin/wylogowanie", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var page = await AdminForms.GetPageAsync(client, "/admin");
        var signedOut = await AdminForms.PostAsync(client, "/admin/wylogowanie", page, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}

public sealed class SqliteAdminAccessTests(SqliteTorunSite site) : AdminAccessTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresAdminAccessTests(PostgresTorunSite site) : AdminAccessTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
