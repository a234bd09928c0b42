using System.Net;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Admin;

/// <summary>Adding a field to a type from the admin: only with ManageDefinitions, and the editor shows it at once.</summary>
public sealed class AddFieldTests(SqliteTorunSite site) : IClassFixture<SqliteTorunSite>, IAsyncLifetime
{
    public Task InitializeAsync() => AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_administrator_adds_a_numeric_field_and_the_editor_shows_it()
    {
        var client = await site.ClientAsync("admin", TestSite.AdminPassword);
        var page = await AdminForms.GetPageAsync(client, "/admin/typy/Premises/nowe-pole");

        var response = await AdminForms.PostAsync(client, "/admin/typy/Premises/nowe-pole", page,
            [new("Name", "Capacity"), new("DisplayName", "Liczba miejsc"), new("Kind", "NumericField")]);

        Assert.Contains("Dodano pole „Liczba miejsc”.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var editor = await AdminForms.GetPageAsync(client, "/admin/tresci/nowy/Premises");
        Assert.Contains("<label for=\"f-Premises-Capacity\">Liczba miejsc</label>", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_field_name_is_refused_with_the_reason_and_nothing_changes()
    {
        var client = await site.ClientAsync("admin", TestSite.AdminPassword);
        var page = await AdminForms.GetPageAsync(client, "/admin/typy/Offer/nowe-pole");

        var response = await AdminForms.PostAsync(client, "/admin/typy/Offer/nowe-pole", page,
            [new("Name", "zła nazwa!"), new("DisplayName", "Zła"), new("Kind", "TextField")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nie dodano pola:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Offer.zła", await AdminForms.GetPageAsync(client, "/admin/tresci/nowy/Offer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_editor_without_manage_definitions_cannot_open_it()
    {
        var client = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var response = await client.GetAsync("/admin/typy/Premises/nowe-pole");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/odmowa-dostepu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
