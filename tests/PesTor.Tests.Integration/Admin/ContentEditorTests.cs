using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Admin;

/// <summary>The editor built from the Toruń definitions, driven over HTTP as a city editor's browser would.</summary>
public abstract class ContentEditorTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    private const string ValidNip = "1234563218";
    private const string WrongNip = "1234563219";

    public Task InitializeAsync() => AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_wrong_nip_is_shown_next_to_the_field_and_nothing_is_stored()
    {
        var client = await EditorAsync();
        var title = Unique("Fundacja Błędny NIP");
        var before = await CountEntitiesAsync();

        var response = await PostEntityAsync(client, title, WrongNip, "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("NIP musi mieć 10 cyfr z poprawną cyfrą kontrolną.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-Entity-Nip\" name=\"Entity.Nip\" type=\"text\" value=\"" + WrongNip + "\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-Entity-Nip-error\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal); // what was typed stays in the form
        Assert.Equal(before, await CountEntitiesAsync());
    }

    [Fact]
    public async Task A_valid_entity_is_published_with_every_part_and_field_from_the_form()
    {
        var client = await EditorAsync();
        var title = Unique("Spółdzielnia Socjalna Wisła");

        var response = await PostEntityAsync(client, title, ValidNip, "publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("?zapisano=opublikowano", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var item = await PublishedByTitleAsync(title);
        Assert.Equal(ValidNip, item.GetField<TextField>("Entity", "Nip")!.Text);
        Assert.Equal(["spoldzielnia_socjalna"], item.GetField<TaxonomyField>("Entity", "LegalForm")!.TermContentItemIds);
        Assert.Equal(53.0138m, item.GetField<GeoPointField>("Entity", "Location")!.Latitude);
        Assert.True(item.GetField<BooleanField>("Entity", "PublicBenefit")!.Value);
        Assert.Equal(new DateOnly(2012, 5, 4), item.GetField<DateField>("Entity", "PublicBenefitSince")!.Value);
        Assert.Equal("87-100", item.As<AddressPart>()!.PostalCode);
        Assert.Equal(["bielany"], item.As<AddressPart>()!.District!.TermContentItemIds);
        Assert.Equal("biuro@wisla.example.pl", item.As<ContactPart>()!.Email);
        Assert.Equal("<p>Opis <strong>podmiotu</strong></p>", item.As<HtmlBodyPart>()!.Html);
        Assert.StartsWith("podmioty/spoldzielnia-socjalna-wisla", item.As<AutoroutePart>()!.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_stored_without_scripts_or_event_handlers()
    {
        var client = await EditorAsync();
        var title = Unique("Artykuł ze skryptem");
        var page = await AdminForms.GetPageAsync(client, "/admin/tresci/nowy/Article");
        var response = await AdminForms.PostAsync(client, "/admin/tresci/nowy/Article", page,
        [
            new("TitlePart.Title", title),
            new("HtmlBodyPart.Html", "<p onclick=\"alert(1)\">Tekst</p><script>alert(2)</script>"),
            new("submit", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("<p>Tekst</p>", (await PublishedByTitleAsync(title)).As<HtmlBodyPart>()!.Html);
    }

    [Fact]
    public async Task Saving_a_published_item_makes_a_draft_and_versions_can_be_compared_and_restored()
    {
        var client = await EditorAsync();
        var title = Unique("Stowarzyszenie Wersje");
        await PostEntityAsync(client, title, ValidNip, "publish");
        var id = (await PublishedByTitleAsync(title)).ContentItemId;

        var editPage = await AdminForms.GetPageAsync(client, $"/admin/tresci/{id}");
        Assert.Contains("value=\"" + ValidNip + "\"", editPage, StringComparison.Ordinal);
        var saved = await AdminForms.PostAsync(client, $"/admin/tresci/{id}", editPage,
            [.. EntityFields(title + " (zmiana)", ValidNip, "draft"), new("ConcurrencyStamp", AdminForms.Hidden(editPage, "ConcurrencyStamp"))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(title, (await site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetAsync(id)))!.DisplayText);

        var versions = await site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetVersionsAsync(id));
        Assert.Equal(2, versions.Count);
        var compared = await AdminForms.GetPageAsync(client, $"/admin/tresci/{id}/wersje?a={versions[0].ContentItemVersionId}&b={versions[1].ContentItemVersionId}");
        Assert.Contains($"<th scope=\"row\">Tytuł</th><td><del>{title}</del></td><td><ins>{title} (zmiana)</ins></td>", compared, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">NIP</th>", compared, StringComparison.Ordinal);

        var restored = await AdminForms.PostAsync(client, $"/admin/tresci/{id}/wersje?handler=Restore", compared, [new("versionId", versions[0].ContentItemVersionId)]);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var latest = await site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal(title, latest!.DisplayText);
        Assert.False(latest.Published);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await EditorAsync();
        var title = Unique("Bez tokenu");
        var response = await client.PostAsync("/admin/tresci/nowy/Article", new FormUrlEncodedContent([new("TitlePart.Title", title), new("submit", "publish")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Status = ContentStatus.Latest,
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, title),
        })));
    }

    [Fact]
    public async Task The_list_filters_by_type_and_text_and_bulk_publishes_after_confirmation()
    {
        var client = await EditorAsync();
        var marker = Unique("Zbiorczo");
        foreach (var n in new[] { 1, 2 })
        {
            var page = await AdminForms.GetPageAsync(client, "/admin/tresci/nowy/Article");
            await AdminForms.PostAsync(client, "/admin/tresci/nowy/Article", page, [new("TitlePart.Title", $"{marker} {n}"), new("submit", "draft")]);
        }

        var list = await AdminForms.GetPageAsync(client, $"/admin/tresci?typ=Article&status=draft&q={Uri.EscapeDataString(marker)}");
        Assert.Contains("Znaleziono: 2", list, StringComparison.Ordinal);
        var ids = System.Text.RegularExpressions.Regex.Matches(list, "name=\"ids\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, ids.Count);

        var review = await AdminForms.PostAsync(client, "/admin/tresci/zbiorczo?handler=Review", list, [.. ids.Select(id => new KeyValuePair<string, string>("ids", id)), new("action", "Publish")]);
        var reviewHtml = await review.Content.ReadAsStringAsync();
        Assert.Contains("Czy na pewno wykonać „Opublikuj” dla tych elementów (2)?", reviewHtml, StringComparison.Ordinal);
        Assert.Equal(2, await CountPublishedAsync(marker, expectPublished: false));

        var run = await AdminForms.PostAsync(client, "/admin/tresci/zbiorczo?handler=Run", reviewHtml, [.. ids.Select(id => new KeyValuePair<string, string>("Ids", id)), new("Action", "Publish")]);
        Assert.Contains("Wykonano „Opublikuj”: 2 elementów.", await run.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await CountPublishedAsync(marker, expectPublished: true));
    }

    private async Task<int> CountPublishedAsync(string marker, bool expectPublished) =>
        await site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Status = expectPublished ? ContentStatus.Published : ContentStatus.Draft,
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.StartsWith, marker),
        }));

    private Task<HttpClient> EditorAsync() => site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<HttpResponseMessage> PostEntityAsync(HttpClient client, string title, string nip, string submit)
    {
        var page = await AdminForms.GetPageAsync(client, "/admin/tresci/nowy/Entity");
        return await AdminForms.PostAsync(client, "/admin/tresci/nowy/Entity", page, EntityFields(title, nip, submit));
    }

    private static List<KeyValuePair<string, string>> EntityFields(string title, string nip, string submit) =>
    [
        new("TitlePart.Title", title),
        new("AutoroutePart.Path", ""),
        new("HtmlBodyPart.Html", "<p>Opis <strong>podmiotu</strong></p>"),
        new("AddressPart.Street", "ul. Szeroka 1"),
        new("AddressPart.PostalCode", "87-100"),
        new("AddressPart.City", "Toruń"),
        new("AddressPart.District", "bielany"),
        new("ContactPart.Email", "biuro@wisla.example.pl"),
        new("Entity.LegalForm", "spoldzielnia_socjalna"),
        new("Entity.Nip", nip),
        new("Entity.Location.Latitude", "53,0138"),
        new("Entity.Location.Longitude", "18.5984"),
        new("Entity.PublicBenefit", "true"),
        new("Entity.PublicBenefitSince", "2012-05-04"),
        new("submit", submit),
    ];

    private Task<int> CountEntitiesAsync() => site.RunAsSystemAsync(s =>
        s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery { ContentTypes = ["Entity"], Status = ContentStatus.Latest }));

    private Task<ContentItem> PublishedByTitleAsync(string title) => site.RunAsSystemAsync(async s =>
        Assert.Single((await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery
        {
            ContentTypes = [],
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, title),
        })).Items));
}

public sealed class SqliteContentEditorTests(SqliteTorunSite site) : ContentEditorTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresContentEditorTests(PostgresTorunSite site) : ContentEditorTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
