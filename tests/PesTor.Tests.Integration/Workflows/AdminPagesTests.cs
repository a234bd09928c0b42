using System.Net;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Workflows;

/// <summary>The program's dashboard, report and the workflow pages answer editors and refuse everyone else.</summary>
public sealed class AdminPagesTests(SqliteWorkflowSite site) : IClassFixture<SqliteWorkflowSite>, IAsyncLifetime
{
    public Task InitializeAsync() => site.RunJobsAsync();

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/admin/wskazniki", "Liczba zastosowanych klauzul społecznych")]
    [InlineData("/admin/wskazniki/raport", "Zamówienie z klauzulą społeczną nr 7")]
    [InlineData("/admin/przeplywy", "Przeliczanie wskaźników po zmianie liczonych treści")]
    [InlineData("/admin/przeplywy/edycja", "Dodaj czynność")]
    [InlineData("/admin/przeplywy/edycja/need-response", "NeedResponse.Need")]
    [InlineData("/admin/przeplywy/przebiegi", "Przebiegi przepływów")]
    [InlineData("/powiadomienia", "Powiadomienia")]
    public async Task The_administrator_sees_the_page(string path, string text)
    {
        var client = await site.ClientAsync("admin", TestSite.AdminPassword);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_csv_lists_each_counted_item_with_its_indicator()
    {
        var client = await site.ClientAsync("admin", TestSite.AdminPassword);
        var response = await client.GetAsync("/admin/wskazniki/raport.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"Liczba zastosowanych klauzul społecznych\";\"szt.\";\"10\";\"7\";\"nie\";\"liczba SocialClause\";\"Zamówienie z klauzulą społeczną nr 1 (przetarg nieograniczony)\";\"clause-1\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Liczba spotkań zespołu ds. monitoringu\"", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/wskazniki")]
    [InlineData("/admin/przeplywy")]
    [InlineData("/admin/przeplywy/przebiegi")]
    [InlineData("/admin/wskazniki/raport.csv")]
    public async Task Visitors_are_sent_to_sign_in(string path)
    {
        var response = await (await site.ClientAsync()).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("logowanie", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
