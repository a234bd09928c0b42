using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Admin;

/// <summary>A taxonomy's terms edited in the admin: names in Polish and English, the English kept apart from the Polish.</summary>
public abstract class TaxonomyEditorTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public Task InitializeAsync() => AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_term_gets_an_english_name_and_a_term_without_one_keeps_only_its_polish_name()
    {
        var client = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var title = "Rodzaje wydarzeń " + Guid.NewGuid().ToString("N")[..6];
        var page = await AdminForms.GetPageAsync(client, "/admin/tresci/nowy/Taxonomy");
        Assert.Contains("Nazwa po angielsku", page, StringComparison.Ordinal);

        var response = await AdminForms.PostAsync(client, "/admin/tresci/nowy/Taxonomy", page,
        [
            new("TitlePart.Title", title),
            new("TaxonomyPart.Id", ""),
            new("TaxonomyPart.Name", "Piknik rodzinny"),
            new("TaxonomyPart.NameEn", " Family picnic "),
            new("TaxonomyPart.Slug", ""),
            new("TaxonomyPart.Id", ""),
            new("TaxonomyPart.Name", "Kiermasz"),
            new("TaxonomyPart.NameEn", ""),
            new("TaxonomyPart.Slug", ""),
            new("submit", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var terms = await site.RunAsSystemAsync(async s =>
        {
            var items = await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery
            {
                ContentTypes = ["Taxonomy"],
                Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, title),
            });
            return Assert.Single(items.Items).As<TaxonomyPart>()!.Terms;
        });
        Assert.Equal(["Piknik rodzinny", "Kiermasz"], terms.Select(t => t.Name));
        Assert.Equal("Family picnic", terms[0].LocalizedNames!["en"]);
        Assert.Equal("Family picnic", terms[0].DisplayName(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Piknik rodzinny", terms[0].DisplayName(System.Globalization.CultureInfo.GetCultureInfo("pl-PL")));
        Assert.Null(terms[1].LocalizedNames);
        Assert.Equal("Kiermasz", terms[1].DisplayName(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }
}

public sealed class SqliteTaxonomyEditorTests(SqliteTorunSite site) : TaxonomyEditorTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresTaxonomyEditorTests(PostgresTorunSite site) : TaxonomyEditorTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
