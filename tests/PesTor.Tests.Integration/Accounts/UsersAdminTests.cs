using System.Net;
using PesTor.Tests.Integration.Admin;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.Accounts.AccountPages;

namespace PesTor.Tests.Integration.Accounts;

/// <summary>The users admin (ManageUsers): search, create, roles, lock and unlock — and nobody else gets in.</summary>
public abstract class UsersAdminTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public async Task InitializeAsync() => await AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_administrator_creates_an_account_with_a_role_finds_it_locks_and_unlocks_it()
    {
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var login = NewLogin("urzednik");
        var invalid = await PostFormAsync(admin, "/admin/uzytkownicy/nowy",
            ("Input.UserName", login), ("Input.FullName", "Ewa Urzędnik"), ("Input.Email", login + "@torun.pl"),
            ("Input.Password", Password), ("Input.PasswordConfirmation", "Inne-Haslo-1"), ("Input.Roles", "CityEditor"));
        Assert.Contains("Hasła nie są takie same.", await BodyAsync(invalid), StringComparison.Ordinal);

        var created = await PostFormAsync(admin, "/admin/uzytkownicy/nowy",
            ("Input.UserName", login), ("Input.FullName", "Ewa Urzędnik"), ("Input.Email", login + "@torun.pl"),
            ("Input.Password", Password), ("Input.PasswordConfirmation", Password), ("Input.Roles", "CityEditor"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var accountUrl = created.Headers.Location!.OriginalString.Split('?')[0];

        var list = await BodyAsync(await admin.GetAsync("/admin/uzytkownicy?q=" + Uri.EscapeDataString("EWA URZĘDNIK")));
        Assert.Contains(login, list, StringComparison.Ordinal);
        Assert.Contains("Znaleziono: 1", list, StringComparison.Ordinal);
        Assert.Contains("CityEditor", list, StringComparison.Ordinal);

        var user = Client(site);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(user, login)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/admin")).StatusCode);

        var page = await AdminForms.GetPageAsync(admin, accountUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, accountUrl + "?handler=Lock", page, [])).StatusCode);
        var ended = await user.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/konto/logowanie", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("Konto jest zablokowane", await BodyAsync(await SignInAsync(Client(site), login)), StringComparison.Ordinal);

        page = await AdminForms.GetPageAsync(admin, accountUrl);
        Assert.Contains("zablokowane", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, accountUrl + "?handler=Unlock", page, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(Client(site), login)).StatusCode);
    }

    [Fact]
    public async Task Roles_are_set_together_and_take_effect_on_the_next_request()
    {
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var login = NewLogin("urzad");
        var staff = await RegisterVerifiedAsync(site, login, "city");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/admin")).StatusCode);

        var list = await BodyAsync(await admin.GetAsync("/admin/uzytkownicy?q=" + login));
        var url = System.Text.RegularExpressions.Regex.Match(list, "<td><a href=\"(/admin/uzytkownicy/[^\"]+)\">" + login + "</a>").Groups[1].Value;
        var page = await AdminForms.GetPageAsync(admin, url);
        Assert.Contains("zarejestrowano jako pracownik administracji", page, StringComparison.Ordinal);
        var unknown = await AdminForms.PostAsync(admin, url + "?handler=Roles", page, [new("Input.Roles", "Mayor")]);
        Assert.Contains("Nie ma takiej roli.", await BodyAsync(unknown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, url + "?handler=Roles", page, [new("Input.Roles", "CityEditor")])).StatusCode);

        // The stamp changed: the open session is asked to sign in again, and then has the new role.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/admin")).StatusCode);
        var again = Client(site);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(again, login)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Editors_and_residents_cannot_reach_the_users_admin()
    {
        foreach (var name in new[] { AdminAccounts.CityEditor, AdminAccounts.Resident })
        {
            var client = await site.ClientAsync(name, AdminAccounts.Password);
            var response = await client.GetAsync("/admin/uzytkownicy");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/odmowa-dostepu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteUsersAdminTests(SqliteTorunSite site) : UsersAdminTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresUsersAdminTests(PostgresTorunSite site) : UsersAdminTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
